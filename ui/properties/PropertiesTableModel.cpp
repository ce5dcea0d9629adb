#include "properties/PropertiesTableModel.h"

#include "commands/EditPropertyCommand.h"
#include "common/Fonts.h"
#include "common/Icons.h"
#include "core/Redactor.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "model/Validator.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QUndoStack>

#include <algorithm>

namespace cad {

namespace {}

PropertiesTableModel::PropertiesTableModel(ConnectorDocument *document, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    Q_ASSERT(document);
    connect(document, &ConnectorDocument::aboutToReset, this, &PropertiesTableModel::onAboutToReset);
    connect(document, &ConnectorDocument::reset, this, &PropertiesTableModel::onReset);
    connect(document, &ConnectorDocument::propertiesReset, this, &PropertiesTableModel::onReset);
    connect(document, &ConnectorDocument::propertyAboutToBeInserted, this, [this](int row) {
        m_missingValid = false;
        beginInsertRows(QModelIndex(), row, row);
    });
    connect(document, &ConnectorDocument::propertyInserted, this, [this](int) {
        m_missingValid = false;
        endInsertRows();
    });
    connect(document, &ConnectorDocument::propertyAboutToBeRemoved, this, [this](int row) {
        m_missingValid = false;
        beginRemoveRows(QModelIndex(), row, row);
    });
    connect(document, &ConnectorDocument::propertyRemoved, this, [this](int) {
        m_missingValid = false;
        endRemoveRows();
    });
    connect(document, &ConnectorDocument::propertyAboutToBeMoved, this, [this](int from, int to) {
        m_missingValid = false;
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    });
    connect(document, &ConnectorDocument::propertyMoved, this, [this](int, int) {
        m_missingValid = false;
        endMoveRows();
    });
    connect(document, &ConnectorDocument::propertyChanged, this, [this](int row) {
        m_missingValid = false;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    // Any edit may change the findings of any row (a {variable}, a duplicate name, a pasted secret).
    connect(document, &ConnectorDocument::changed, this, &PropertiesTableModel::onDocumentChanged);
}

void PropertiesTableModel::onDocumentChanged()
{
    m_missingValid = false;
    m_cellDiagnosticsValid = false;
    if (!m_resetting && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DecorationRole, Qt::ToolTipRole, Qt::ForegroundRole, Qt::BackgroundRole,
                            Qt::AccessibleTextRole, MissingValueRole, DiagnosticsRole});
}

void PropertiesTableModel::onAboutToReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void PropertiesTableModel::onReset()
{
    m_missingValid = false;
    m_cellDiagnosticsValid = false;
    if (!m_resetting)
        return;
    m_resetting = false;
    endResetModel();
}

bool PropertiesTableModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < rowCount() &&
           index.column() < ColumnCount;
}

int PropertiesTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_document)
        return 0;
    return m_document->propertyCount();
}

int PropertiesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PropertiesTableModel::isMissing(int row) const
{
    if (!m_missingValid) {
        m_missing = Validator::missingRequiredValues(m_document->definition());
        m_missingValid = true;
    }
    return m_missing.contains(row);
}

Diagnostics PropertiesTableModel::cellDiagnostics(int row, int column) const
{
    if (!m_cellDiagnosticsValid) {
        m_cellDiagnostics.clear();
        for (const Diagnostic &d : m_document->diagnostics()) {
            if (d.propertyIndex >= 0 && d.propertyIndex < rowCount())
                m_cellDiagnostics[d.propertyIndex * ColumnCount + columnForField(d.field)].append(d);
        }
        m_cellDiagnosticsValid = true;
    }
    return m_cellDiagnostics.value(row * ColumnCount + column);
}

QString PropertiesTableModel::sentAsText(const Property &p)
{
    const QString key = p.sentKey();
    switch (p.sendAs.location) {
    case Location::Header:
        return tr("Header: %1").arg(key);
    case Location::Query:
        return tr("Query: %1").arg(key);
    case Location::Body:
        return tr("Body: %1").arg(key);
    case Location::NotSent:
        return tr("Not sent");
    }
    return {};
}

QString PropertiesTableModel::missingValueText(const Property &p)
{
    return tr("Required: \"%1\" has no value. Enter a value, or tick \"Ask the user\" so the end user supplies it.")
        .arg(p.displayName.isEmpty() ? p.name : p.displayName);
}

QVariant PropertiesTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !isRow(index))
        return {};
    const Property &p = m_document->propertyAt(index.row());
    const int column = index.column();
    const bool missing = isMissing(index.row());
    const Diagnostics findings = cellDiagnostics(index.row(), column);
    const bool hasError =
        std::any_of(findings.cbegin(), findings.cend(), [](const Diagnostic &d) { return d.isError(); });

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case NameColumn:
            return p.name;
        case DisplayNameColumn:
            return p.displayName;
        case ValueColumn:
            if (p.inputKind == InputKind::Boolean)
                return role == Qt::EditRole ? QVariant(p.value) : QVariant();
            if (role == Qt::DisplayRole && p.secret && !p.value.isEmpty())
                return Redactor::Mask.toString();
            return p.value;
        case SentAsColumn:
            return role == Qt::EditRole ? QVariant(locationId(p.sendAs.location)) : QVariant(sentAsText(p));
        default:
            return {};
        }
    case Qt::CheckStateRole:
        switch (column) {
        case ValueColumn:
            if (p.inputKind == InputKind::Boolean)
                return p.value == QLatin1String("true") ? Qt::Checked : Qt::Unchecked;
            return {};
        case AskUserColumn:
            return p.askUser ? Qt::Checked : Qt::Unchecked;
        case RequiredColumn:
            return p.required ? Qt::Checked : Qt::Unchecked;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (missing && (column == NameColumn || column == ValueColumn || column == DisplayNameColumn))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    case Qt::BackgroundRole:
        if (missing && column == ValueColumn)
            return QBrush(QColor(0xfd, 0xec, 0xea));
        return {};
    case Qt::DecorationRole:
        if (!findings.isEmpty())
            return Icons::icon(hasError ? Icons::Icon::Error : Icons::Icon::Warning);
        if (missing && column == NameColumn)
            return Icons::icon(Icons::Icon::Required);
        return {};
    case Qt::FontRole:
        if (column == NameColumn || column == SentAsColumn)
            return Fonts::monospaceFace();
        return {};
    case Qt::ToolTipRole: {
        if (!findings.isEmpty()) {
            QStringList lines;
            for (const Diagnostic &d : findings)
                lines << d.message + QLatin1String(". ") + d.hint;
            return lines.join(QLatin1Char('\n'));
        }
        if (missing && (column == NameColumn || column == ValueColumn))
            return missingValueText(p);
        if (column == NameColumn && p.builtIn)
            return tr("Built-in property of this authentication type. %1").arg(p.hint);
        if (!p.hint.isEmpty() && (column == DisplayNameColumn || column == ValueColumn || column == NameColumn))
            return p.hint;
        if (column == AskUserColumn)
            return tr("Ticked: the end user fills this value in when creating a connection.");
        if (column == SentAsColumn)
            return tr("Where the value travels on requests. Change the key and template with Edit property…");
        return {};
    }
    case Qt::AccessibleTextRole:
        if (column == ValueColumn && p.secret)
            return p.value.isEmpty() ? tr("secret value, empty") : tr("secret value, hidden");
        if (missing && column == NameColumn)
            return QString(p.name + QLatin1String(", ") + missingValueText(p));
        return {};
    case RawValueRole:
        switch (column) {
        case NameColumn:
            return p.name;
        case DisplayNameColumn:
            return p.displayName;
        case ValueColumn:
            return p.value;
        case AskUserColumn:
            return p.askUser;
        case SentAsColumn:
            return locationId(p.sendAs.location);
        case RequiredColumn:
            return p.required;
        default:
            return {};
        }
    case InputKindRole:
        return int(p.inputKind);
    case ChoicesRole:
        return p.choices;
    case SecretRole:
        return p.secret;
    case BuiltInRole:
        return p.builtIn;
    case MissingValueRole:
        return missing;
    case DeletableRole:
        return BuiltinSchemas::isDeletable(m_document->definition().authType, p);
    case DiagnosticsRole: {
        QStringList messages;
        for (const Diagnostic &d : findings)
            messages << d.message;
        return messages;
    }
    default:
        return {};
    }
}

QVariant PropertiesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case DisplayNameColumn:
            return tr("Display name");
        case ValueColumn:
            return tr("Value");
        case AskUserColumn:
            return tr("Ask the user");
        case SentAsColumn:
            return tr("Sent as");
        case RequiredColumn:
            return tr("Required");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("Technical name, used in {variables} and files");
        case ValueColumn:
            return tr("The author's value, or the default offered to the end user");
        case AskUserColumn:
            return tr("Whether the end user enters this value when connecting");
        case SentAsColumn:
            return tr("Where the value is sent: header, query parameter, body field, or not sent");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags PropertiesTableModel::flags(const QModelIndex &index) const
{
    if (!m_document || !isRow(index))
        return Qt::NoItemFlags;
    const Property &p = m_document->propertyAt(index.row());
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case NameColumn:
        if (!p.builtIn)
            f |= Qt::ItemIsEditable;
        break;
    case DisplayNameColumn:
    case SentAsColumn:
        f |= Qt::ItemIsEditable;
        break;
    case ValueColumn:
        f |= p.inputKind == InputKind::Boolean ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
        break;
    case AskUserColumn:
        f |= Qt::ItemIsUserCheckable;
        break;
    case RequiredColumn:
        if (BuiltinSchemas::mayChangeRequired(m_document->definition().authType, p))
            f |= Qt::ItemIsUserCheckable;
        break;
    default:
        break;
    }
    return f;
}

bool PropertiesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !isRow(index))
        return false;
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    Property p = m_document->propertyAt(index.row());
    const bool checked = value.toInt() == Qt::Checked;
    QString text;
    if (role == Qt::CheckStateRole) {
        switch (index.column()) {
        case ValueColumn:
            p.value = checked ? QStringLiteral("true") : QStringLiteral("false");
            text = tr("Change value of %1");
            break;
        case AskUserColumn:
            p.askUser = checked;
            text = tr("Change \"Ask the user\" of %1");
            break;
        case RequiredColumn:
            p.required = checked;
            text = tr("Change \"Required\" of %1");
            break;
        default:
            return false;
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn: {
            const QString name = value.toString().trimmed();
            if (name.isEmpty())
                return false;
            p.name = name;
            text = tr("Rename %1");
            break;
        }
        case DisplayNameColumn:
            p.displayName = value.toString();
            text = tr("Change display name of %1");
            break;
        case ValueColumn:
            p.value = value.toString();
            text = tr("Change value of %1");
            break;
        case SentAsColumn: {
            const auto location = locationFromId(value.toString());
            if (!location)
                return false;
            p.sendAs.location = *location;
            text = tr("Change where %1 is sent");
            break;
        }
        default:
            return false;
        }
    } else {
        return false;
    }
    if (p == m_document->propertyAt(index.row()))
        return true;
    editProperty(index.row(), p, text.arg(m_document->propertyAt(index.row()).name));
    return true;
}

void PropertiesTableModel::editProperty(int row, const Property &property, const QString &undoText)
{
    if (m_undoStack)
        m_undoStack->push(new EditPropertyCommand(m_document, row, property, undoText));
    else
        m_document->setProperty(row, property);
}

int PropertiesTableModel::columnForField(const QString &field)
{
    if (field == QLatin1String("name"))
        return NameColumn;
    if (field == QLatin1String("displayName"))
        return DisplayNameColumn;
    if (field == QLatin1String("askUser"))
        return AskUserColumn;
    if (field == QLatin1String("required"))
        return RequiredColumn;
    if (field.startsWith(QLatin1String("sendAs")))
        return SentAsColumn;
    return ValueColumn;
}

} // namespace cad
