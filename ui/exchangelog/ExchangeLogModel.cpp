#include "exchangelog/ExchangeLogModel.h"

#include "oauth/ExchangeText.h"

#include <QBrush>
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
    case OAuthStage::Request:
        return ExchangeLogModel::tr("Request");
    case OAuthStage::Introspect:
        return ExchangeLogModel::tr("Introspect");
    }
    return {};
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
    return ExchangeText::describe(r);
}

} // namespace cad
