#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace cad {

namespace {
constexpr QLatin1String Unreserved("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
} // namespace

QString Pkce::generateVerifier(int length)
{
    length = std::clamp(length, 43, 128);
    QString verifier;
    verifier.reserve(length);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        verifier.append(QLatin1Char(Unreserved.at(rng->bounded(int(Unreserved.size())))));
    return verifier;
}

QString Pkce::challenge(const QString &verifier, PkceMethod method)
{
    switch (method) {
    case PkceMethod::None:
        return {};
    case PkceMethod::Plain:
        return verifier;
    case PkceMethod::S256:
        return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    return {};
}

QString Pkce::methodName(PkceMethod method)
{
    switch (method) {
    case PkceMethod::None:
        return {};
    case PkceMethod::Plain:
        return QStringLiteral("plain");
    case PkceMethod::S256:
        return QStringLiteral("S256");
    }
    return {};
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    return std::all_of(verifier.cbegin(), verifier.cend(), [](QChar c) {
        return c.unicode() < 128 && Unreserved.contains(QLatin1Char(char(c.unicode())));
    });
}

QString Pkce::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / int(sizeof(quint32)));
    for (int i = bytes - bytes % int(sizeof(quint32)); i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace cad
