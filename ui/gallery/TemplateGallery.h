#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace cad {

/// File > New from Template…: every provider template (TemplateCatalog) with its authentication
/// type, searchable by provider, type, key and description; the selected one's description and
/// documentation link below. Accepting it means "start a new design from selectedKey()".
class TemplateGallery : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateGallery(QWidget *parent = nullptr);

    /// The template chosen, or "" when none is selected.
    [[nodiscard]] QString selectedKey() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void showSelected();
    void selectFirstRow();

    QLineEdit *m_search;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_list;
    QLabel *m_details;
    QPushButton *m_create;
};

} // namespace cad
