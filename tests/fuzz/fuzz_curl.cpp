// Target: CurlRenderer (src/request/RequestAuthorizer.h), as a property: each input builds an
// AuthorizedRequest (a method of Http::methods(), a URL, headers with Http::isHeaderName names and
// Http::isHeaderValue values, a UTF-8 body), renders it with secrets shown, on one line and on several,
// and reads the command back the way a POSIX shell and then curl read it.
// Checks: no crash, leak, undefined behaviour or hang, and
//  - the command splits into words: single quotes, backslash escapes and backslash-newline
//    continuations only; every unquoted character is one the shell reads literally; no unquoted line
//    break ends the command early;
//  - curl gets the same request: --request is the method, --url the URL (with --globoff when it has
//    {}[], which curl would otherwise expand), each --header the name and value in order (curl drops a
//    "Name:" header with an empty value: that must be written "Name;"), --data the body (curl reads a
//    file for --data @name: such a body must go as --data-raw);
//  - with secrets hidden (no masked twin), no secret value of the request is left in any word;
//  - shellQuote() and shellWord() of any text read back as that one word.
#include "model/Http.h"
#include "request/RequestAuthorizer.h"

#include "FuzzSupport.h"

#include <QRegularExpression>

#include <fuzzer/FuzzedDataProvider.h>

#include <optional>
#include <string>
#include <utility>

using namespace cad;

namespace {

struct Words
{
    QStringList words;
    QString error; ///< why a shell would not read the command as these words
};

bool literalInShell(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
           QStringView(u"_@%+=:,./-").contains(c);
}

/// A small POSIX shell word splitter for the commands CurlRenderer writes.
Words shellWords(const QString &command)
{
    Words out;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < command.size();) {
        const QChar c = command.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            if (inWord)
                out.words << word;
            word.clear();
            inWord = false;
            ++i;
        } else if (c == QLatin1Char('\n')) {
            out.error = QStringLiteral("an unquoted line break at %1 ends the command").arg(i);
            return out;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= command.size()) {
                out.error = QStringLiteral("a backslash at the end");
                return out;
            }
            if (command.at(i + 1) != QLatin1Char('\n')) { // an escaped character; "\<newline>" continues the line
                word += command.at(i + 1);
                inWord = true;
            }
            i += 2;
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = command.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0) {
                out.error = QStringLiteral("an unterminated quote at %1").arg(i);
                return out;
            }
            word += command.mid(i + 1, end - i - 1);
            inWord = true;
            i = end + 1;
        } else if (literalInShell(c)) {
            word += c;
            inWord = true;
            ++i;
        } else {
            out.error =
                QStringLiteral("an unquoted '%1' (U+%2) at %3").arg(c).arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(i);
            return out;
        }
    }
    if (inWord)
        out.words << word;
    return out;
}

bool isOws(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

QString trimmedOws(const QString &text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && isOws(text.at(from)))
        ++from;
    while (to > from && isOws(text.at(to - 1)))
        --to;
    return text.mid(from, to - from);
}

/// What curl sends for one --header argument: the name and the value (OWS trimmed), or nothing.
std::optional<std::pair<QString, QString>> curlHeader(const QString &argument)
{
    const qsizetype colon = argument.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QString value = trimmedOws(argument.mid(colon + 1));
        if (value.isEmpty())
            return std::nullopt; // "Name:" removes a header curl would send; it sends none
        return std::make_pair(argument.left(colon), value);
    }
    const qsizetype semicolon = argument.indexOf(QLatin1Char(';'));
    if (semicolon >= 0 && trimmedOws(argument.mid(semicolon + 1)).isEmpty())
        return std::make_pair(argument.left(semicolon), QString()); // "Name;" sends "Name:" without a value
    return std::nullopt;
}

QString text(FuzzedDataProvider &in, std::size_t maxLength)
{
    const std::string s = in.ConsumeRandomLengthString(maxLength);
    QString t = QString::fromUtf8(s.data(), qsizetype(s.size()));
    t.remove(QChar(0)); // no shell command can carry a NUL
    return t;
}

QString headerName(FuzzedDataProvider &in)
{
    QString name;
    for (const QChar c : text(in, 24)) {
        if (Http::isHeaderName(QString(c)))
            name += c;
    }
    return name.isEmpty() ? QStringLiteral("X") : name;
}

QString headerValue(FuzzedDataProvider &in)
{
    QString value;
    for (const QChar c : text(in, 64)) {
        if (Http::isHeaderValue(QString(c)))
            value += c;
    }
    return value;
}

void checkCommand(const AuthorizedRequest &request, bool multiline)
{
    CurlRenderer::Options options;
    options.showSecrets = true;
    options.multiline = multiline;
    const QString command = CurlRenderer::render(request, options);
    const Words split = shellWords(command);
    CAD_FUZZ_CHECK(split.error.isEmpty(), split.error + QStringLiteral(" in ") + fuzz::shown(command));
    const QStringList &w = split.words;
    CAD_FUZZ_CHECK(w.value(0) == QLatin1String("curl"), fuzz::shown(command));

    QString method;
    QString url;
    bool globoff = false;
    QList<std::pair<QString, QString>> headers;
    std::optional<QString> data;
    for (qsizetype i = 1; i < w.size(); ++i) {
        const QString &option = w.at(i);
        if (option == QLatin1String("--globoff")) {
            globoff = true;
            continue;
        }
        CAD_FUZZ_CHECK(i + 1 < w.size(),
                       QStringLiteral("%1 without its value in %2").arg(option, fuzz::shown(command)));
        const QString &value = w.at(++i);
        if (option == QLatin1String("--request")) {
            method = value;
        } else if (option == QLatin1String("--url")) {
            url = value;
        } else if (option == QLatin1String("--header")) {
            const auto header = curlHeader(value);
            CAD_FUZZ_CHECK(header.has_value(), QStringLiteral("curl sends no header for %1").arg(value));
            headers << *header;
        } else if (option == QLatin1String("--data") || option == QLatin1String("--data-raw")) {
            CAD_FUZZ_CHECK(option == QLatin1String("--data-raw") || !value.startsWith(QLatin1Char('@')),
                           QStringLiteral("curl reads the body from a file: ") + fuzz::shown(value));
            data = value;
        } else {
            fuzz::fail(__FILE__, __LINE__, "known option", option);
        }
    }
    CAD_FUZZ_CHECK(method == request.method, method);
    const QString expectedUrl = request.urlText.isEmpty() ? request.url.toString(QUrl::FullyEncoded) : request.urlText;
    CAD_FUZZ_CHECK(url == expectedUrl, url + QStringLiteral(" instead of ") + expectedUrl);
    static const QRegularExpression glob(QStringLiteral("[{}\\[\\]]"));
    CAD_FUZZ_CHECK(globoff || !url.contains(glob), QStringLiteral("curl would expand {} or [] in ") + url);
    CAD_FUZZ_CHECK(headers.size() == request.headers.size(), fuzz::shown(command));
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto &[name, value] = request.headers.at(i);
        CAD_FUZZ_CHECK(
            headers.at(i).first == name && headers.at(i).second == trimmedOws(value),
            QStringLiteral("%1: %2 became %3: %4").arg(name, value, headers.at(i).first, headers.at(i).second));
    }
    if (request.body.isEmpty()) {
        CAD_FUZZ_CHECK(!data.has_value(), *data);
    } else {
        CAD_FUZZ_CHECK(data.has_value() && data->toUtf8() == request.body, data.value_or(QStringLiteral("no body")));
    }
}

void checkSecretsHidden(const AuthorizedRequest &request)
{
    const QString command = CurlRenderer::render(request, CurlRenderer::Options{false, false});
    const Words split = shellWords(command);
    CAD_FUZZ_CHECK(split.error.isEmpty(), split.error + QStringLiteral(" in ") + fuzz::shown(command));
    for (const QString &secret : request.secretValues) {
        // Redactor ignores values under 3 characters, and one made of mask characters looks like the mask.
        if (secret.size() < 3 || secret.count(QChar(u'\u2022')) == secret.size())
            continue;
        for (const QString &word : split.words)
            CAD_FUZZ_CHECK(!word.contains(secret), secret + QStringLiteral(" shown in ") + fuzz::shown(word));
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

    // Any text as one word.
    const QString word = text(in, 64);
    for (const QString &quoted : {CurlRenderer::shellQuote(word), CurlRenderer::shellWord(word)}) {
        const Words split = shellWords(quoted);
        CAD_FUZZ_CHECK(split.error.isEmpty() && split.words == QStringList{word},
                       split.error + QStringLiteral(": ") + quoted);
    }

    AuthorizedRequest request;
    request.method = Http::methods().at(in.ConsumeIntegralInRange<qsizetype>(0, Http::methods().size() - 1));
    const QString urlText = text(in, 160);
    const QUrl url(urlText, QUrl::StrictMode);
    if (url.isValid() && in.ConsumeBool()) { // as RequestAuthorizer sends it; else as a preview shows it
        request.url = url;
        request.urlText = url.toString(QUrl::FullyEncoded);
    } else {
        request.urlText = urlText;
    }
    const int headerCount = in.ConsumeIntegralInRange(0, 6);
    for (int i = 0; i < headerCount; ++i)
        request.headers.append({headerName(in), headerValue(in)});
    request.body = text(in, 512).toUtf8();

    checkCommand(request, true);
    checkCommand(request, false);

    for (const auto &h : std::as_const(request.headers)) {
        if (in.ConsumeBool())
            request.secretValues << h.second;
    }
    if (in.ConsumeBool())
        request.secretValues << text(in, 16);
    checkSecretsHidden(request);
    return 0;
}
