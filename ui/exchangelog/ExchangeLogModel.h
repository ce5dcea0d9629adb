#pragma once

#include "oauth/ExchangeRecord.h"

#include <QAbstractTableModel>

namespace cad {

/// Every HTTP exchange of the design-time connection (authorize, token, refresh, revoke, test),
/// already redacted by the engine, as rows.
class ExchangeLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StageColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        TimeColumn,
        ColumnCount
    };

    explicit ExchangeLogModel(QObject *parent = nullptr);

    void append(const ExchangeRecord &record);
    void clear();
    [[nodiscard]] const ExchangeRecord &record(int row) const { return m_records.at(row); }
    [[nodiscard]] const QList<ExchangeRecord> &records() const { return m_records; }
    /// How many exchanges of one step (e.g. refresh) were made.
    [[nodiscard]] int countOf(OAuthStage stage) const;

    /// One record as text (for the detail pane and for copying): the request line without its query,
    /// each header once, the query and a form body as decoded "name = value" lists, a JSON body
    /// indented, then the response.
    [[nodiscard]] static QString describe(const ExchangeRecord &record);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<ExchangeRecord> m_records;
};

} // namespace cad
