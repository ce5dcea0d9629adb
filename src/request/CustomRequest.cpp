#include "request/CustomRequest.h"

#include "model/Http.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

namespace cad {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cad::CustomRequest", text);
}
} // namespace

QString CustomRequest::contentType() const
{
    switch (bodyKind) {
    case BodyKind::None:
        return {};
    case BodyKind::Json:
        return QStringLiteral("application/json");
    case BodyKind::Form:
        return QStringLiteral("application/x-www-form-urlencoded");
    case BodyKind::Raw:
        return rawContentType.trimmed().isEmpty() ? QStringLiteral("text/plain") : rawContentType.trimmed();
    }
    return {};
}

Result<QByteArray> CustomRequest::encodedBody() const
{
    switch (bodyKind) {
    case BodyKind::None:
        return QByteArray();
    case BodyKind::Raw:
        return body.toUtf8();
    case BodyKind::Json: {
        if (body.trimmed().isEmpty())
            return QByteArray();
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return Error{
                tr("The JSON body is not valid JSON: %1 at character %2.").arg(error.errorString()).arg(error.offset),
                tr("Correct the body, or choose Raw to send it as it is.")};
        Q_UNUSED(document);
        return body.toUtf8(); // as typed: the author's formatting is what the API receives
    }
    case BodyKind::Form: {
        QStringList fields;
        const QStringList lines = body.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return Error{tr("Line %1 of the form body has no name=value.").arg(i + 1),
                             tr("Write one field a line, as name=value.")};
            // application/x-www-form-urlencoded: every byte but the unreserved ones percent-encoded.
            fields << QString::fromLatin1(QUrl::toPercentEncoding(line.left(eq))) + QLatin1Char('=') +
                          QString::fromLatin1(QUrl::toPercentEncoding(line.mid(eq + 1)));
        }
        return fields.join(QLatin1Char('&')).toLatin1();
    }
    }
    return QByteArray();
}

Result<std::pair<QString, QString>> CustomRequest::parseHeader(const QString &line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? line.trimmed() : line.left(colon).trimmed();
    const QString value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
    if (colon < 0 || !Http::isHeaderName(name))
        return Error{tr("\"%1\" is not a header: write Name: value.").arg(line.left(60).simplified()),
                     tr("A header name has letters, digits and dashes, followed by a colon and the value.")};
    if (!Http::isHeaderValue(value))
        return Error{tr("The value of the %1 header contains a line break or another control character.").arg(name),
                     tr("Remove it from the value.")};
    return std::pair{name, value};
}

QString CustomRequest::testRequestPath(const QUrl &baseUrl) const
{
    QString path = target.trimmed();
    const QUrl asUrl(path);
    if (!asUrl.isRelative()) {
        // An absolute URL below the base URL's path becomes the path below it.
        QString root = baseUrl.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
        while (root.endsWith(QLatin1Char('/')))
            root.chop(1);
        const QString full = asUrl.toString(QUrl::FullyEncoded | QUrl::RemoveFragment);
        if (root.isEmpty() || !full.startsWith(root) ||
            (full.size() > root.size() && full.at(root.size()) != QLatin1Char('/') &&
             full.at(root.size()) != QLatin1Char('?')))
            return {};
        path = full.mid(root.size());
    }
    if (path.isEmpty() || (!path.startsWith(QLatin1Char('/')) && !path.startsWith(QLatin1Char('?'))))
        path.prepend(QLatin1Char('/'));
    QStringList items;
    for (const auto &item : query)
        items << QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(item.second));
    if (!items.isEmpty())
        path += (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + items.join(QLatin1Char('&'));
    return path;
}

} // namespace cad
