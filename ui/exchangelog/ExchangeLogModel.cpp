#include "exchangelog/ExchangeLogModel.h"

#include "oauth/FormBody.h"

#include <QBrush>
#include <QJsonDocument>
#include <QPalette>

#include <algorithm>

namespace cad {

namespace {
QString stageLabel(OAuthStage stage)
{
    switch (stage) {
    case OAuthStage::Authorize:
        return ExchangeLogModel::tr("Authorize");
    case OAuthStage::Token:
        return ExchangeLogModel::tr("Token");
    case OAuthStage::Refresh:
        return ExchangeLogModel::tr("Refresh");
    case OAuthStage::Revoke:
        return ExchangeLogModel::tr("Revoke");
    case OAuthStage::Test:
        return ExchangeLogModel::tr("Test");
    }
    return {};
}

QString body(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(bytes);
}

/// "Name: value" lines, each header once (a header recorded twice with the same value is shown once).
QString headerLines(const ExchangeRecord::Headers &headers)
{
    QString text;
    QList<QPair<QByteArray, QByteArray>> shown;
    for (const auto &h : headers) {
        const QPair<QByteArray, QByteArray> key{h.first.toLower(), h.second};
        if (shown.contains(key))
            continue;
        shown.append(key);
        text += QString::fromUtf8(h.first) + QStringLiteral(": ") + QString::fromUtf8(h.second) + QLatin1Char('\n');
    }
    return text;
}

/// "  name = value" lines of a query or form body (application/x-www-form-urlencoded), decoded.
QString parameterLines(const QByteArray &encoded)
{
    QString text;
    for (const auto &p : FormBody::parse(encoded))
        text += QStringLiteral("  ") + p.first + QStringLiteral(" = ") + p.second + QLatin1Char('\n');
    return text;
}

bool isFormBody(const ExchangeRecord::Headers &headers)
{
    return std::any_of(headers.cbegin(), headers.cend(), [](const QPair<QByteArray, QByteArray> &h) {
        return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0 &&
               h.second.trimmed().toLower().startsWith("application/x-www-form-urlencoded");
    });
}
} // namespace

ExchangeLogModel::ExchangeLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ExchangeLogModel::append(const ExchangeRecord &record)
{
    const int row = int(m_records.size());
    beginInsertRows(QModelIndex(), row, row);
    m_records.append(record);
    endInsertRows();
}

void ExchangeLogModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int ExchangeLogModel::countOf(OAuthStage stage) const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(),
                             [stage](const ExchangeRecord &r) { return r.stage == stage; }));
}

int ExchangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ExchangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ExchangeRecord &r = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StageColumn:
            return stageLabel(r.stage);
        case MethodColumn:
            return QString::fromLatin1(r.method);
        case UrlColumn:
            // The query (often the longest part) is in the detail, decoded; the tooltip has the whole URL.
            return r.url.hasQuery() ? r.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString() +
                                          QStringLiteral("?…")
                                    : r.url.toDisplayString();
        case StatusColumn:
            if (!r.error.isEmpty() && r.status == 0)
                return tr("failed");
            return r.status == 0 ? QStringLiteral("—") : QString::number(r.status);
        case TimeColumn:
            return r.stage == OAuthStage::Authorize ? QStringLiteral("—") : tr("%1 ms").arg(r.elapsedMs);
        }
    } else if (role == Qt::ToolTipRole) {
        return r.error.isEmpty() ? r.url.toDisplayString() : r.error;
    } else if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (r.status >= 400 || (!r.error.isEmpty() && r.status == 0))
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (r.status >= 200 && r.status < 300)
            return QBrush(QColor(0x26, 0x80, 0x3c));
    } else if (role == Qt::TextAlignmentRole && (index.column() == StatusColumn || index.column() == TimeColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ExchangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StageColumn:
        return tr("Step");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

QString ExchangeLogModel::describe(const ExchangeRecord &r)
{
    // The request line without its query: the query follows as a decoded list, one parameter a line.
    QString text = QString::fromLatin1(r.method) + QLatin1Char(' ') +
                   r.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded) +
                   QLatin1Char('\n');
    text += headerLines(r.requestHeaders);
    if (r.url.hasQuery())
        text += QLatin1Char('\n') + tr("Query parameters:") + QLatin1Char('\n') +
                parameterLines(r.url.query(QUrl::FullyEncoded).toUtf8());
    if (!r.requestBody.isEmpty()) {
        if (isFormBody(r.requestHeaders))
            text += QLatin1Char('\n') + tr("Form parameters:") + QLatin1Char('\n') + parameterLines(r.requestBody);
        else
            text += QLatin1Char('\n') + body(r.requestBody) + QLatin1Char('\n');
    }
    if (r.stage == OAuthStage::Authorize) {
        text += QLatin1Char('\n') + tr("(opened in the browser)") + QLatin1Char('\n');
        return text;
    }
    text += QLatin1Char('\n');
    if (r.status != 0)
        text += tr("HTTP %1 after %2 ms").arg(r.status).arg(r.elapsedMs) + QLatin1Char('\n');
    if (!r.error.isEmpty())
        text += tr("Error: %1").arg(r.error) + QLatin1Char('\n');
    text += headerLines(r.responseHeaders);
    if (!r.responseBody.isEmpty())
        text += QLatin1Char('\n') + body(r.responseBody) + QLatin1Char('\n');
    return text;
}

} // namespace cad
