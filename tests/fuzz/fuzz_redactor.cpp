// Target: Redactor::redact and Redactor::redactFields (src/core/Redactor.h), as a property: each input
// gives one to three secrets and a text made of random pieces and of the secrets in each form Redactor
// promises to recognise: raw, percent-encoded (every byte but the unreserved ALPHA DIGIT - . _ ~ as %XX,
// upper-case hex, as QUrl::toPercentEncoding and FormBody write it), form-encoded (the same with + for a
// space) and Base64 (standard alphabet, padded) of the UTF-8. Text and secrets are read as UTF-8 or as
// raw UTF-16 (lone surrogates included).
// Checks: no crash, leak, undefined behaviour or hang, and the header's promise: for every secret of at
// least 3 characters, no form of it is left in the output of redact() or redactFields(). A form made only
// of the mask's character cannot be told from the mask, as the header says, so it is not checked.
#include "core/Redactor.h"

#include "FuzzSupport.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <string>

using namespace cad;

namespace {
constexpr char16_t MaskChar = u'\u2022';

QString text(FuzzedDataProvider &in, std::size_t maxLength)
{
    const bool utf16 = in.ConsumeBool();
    const std::string s = in.ConsumeRandomLengthString(maxLength);
    if (utf16)
        return QString(reinterpret_cast<const QChar *>(s.data()), qsizetype(s.size() / 2));
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The forms, written here without Redactor's or Qt's URL code.
QString percentEncoded(const QString &secret, bool form)
{
    static const char hex[] = "0123456789ABCDEF";
    QString out;
    for (const char c : secret.toUtf8()) {
        const auto b = static_cast<unsigned char>(c);
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' ||
            b == '_' || b == '~') {
            out += QLatin1Char(char(b));
        } else if (form && b == ' ') {
            out += QLatin1Char('+');
        } else {
            out += QLatin1Char('%');
            out += QLatin1Char(hex[b >> 4]);
            out += QLatin1Char(hex[b & 15]);
        }
    }
    return out;
}

QStringList formsOf(const QString &secret)
{
    return {secret, percentEncoded(secret, false), percentEncoded(secret, true),
            QString::fromLatin1(secret.toUtf8().toBase64())};
}

bool onlyMask(const QString &form)
{
    for (const QChar c : form) {
        if (c.unicode() != MaskChar)
            return false;
    }
    return true;
}

void check(const char *function, const QString &output, const QStringList &secrets, const QString &input)
{
    for (const QString &secret : secrets) {
        if (secret.size() < 3)
            continue; // ignored by design (Redactor::addSecret)
        for (const QString &form : formsOf(secret)) {
            if (onlyMask(form))
                continue;
            CAD_FUZZ_CHECK(!output.contains(form),
                           QStringLiteral("%1 left \"%2\" (a form of \"%3\") in \"%4\" from \"%5\"")
                               .arg(QLatin1String(function), form, secret, fuzz::shown(output), fuzz::shown(input)));
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    QStringList secrets;
    const int count = in.ConsumeIntegralInRange(1, 3);
    for (int i = 0; i < count; ++i)
        secrets << text(in, 48);
    Redactor redactor;
    redactor.addSecrets(secrets);

    QString input;
    while (in.remaining_bytes() > 0 && input.size() < 4096) {
        const int piece = in.ConsumeIntegralInRange(0, 4);
        if (piece == 0) {
            input += text(in, 64);
            continue;
        }
        const QString &secret = secrets.at(in.ConsumeIntegralInRange(0, count - 1));
        input += formsOf(secret).at(piece - 1);
    }
    check("redact", redactor.redact(input), secrets, input);
    check("redactFields", redactor.redactFields(input), secrets, input);
    (void)Redactor::redactHeaderValue(secrets.constFirst().toLatin1(), input);
    return 0;
}
