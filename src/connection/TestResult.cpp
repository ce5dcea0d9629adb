#include "connection/TestResult.h"

#include <QJsonDocument>

namespace cad {

QString TestResult::prettyBody() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

} // namespace cad
