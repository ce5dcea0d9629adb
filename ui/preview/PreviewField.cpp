#include "preview/PreviewField.h"

#include "common/Fonts.h"
#include "common/WrappingLabel.h"
#include "core/DisplayText.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cad {

namespace {

constexpr int InputHeight = 32;
constexpr int MaxVisibleChoices = 6;

/// A small eye (open or struck through) drawn in the palette's text colour, so the reveal toggle
/// needs no icon theme.
QIcon eyeIcon(const QColor &color, bool struck)
{
    const qreal dpr = 2.0;
    QPixmap pixmap(QSize(18, 18) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.4);
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    QPainterPath eye;
    eye.moveTo(2, 9);
    eye.quadTo(9, 1.5, 16, 9);
    eye.quadTo(9, 16.5, 2, 9);
    p.drawPath(eye);
    p.drawEllipse(QPointF(9, 9), 2.6, 2.6);
    if (struck)
        p.drawLine(QPointF(3.5, 15.5), QPointF(14.5, 2.5));
    p.end();
    return QIcon(pixmap);
}

bool parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") ||
           t == QLatin1String("on");
}

QStringList splitChoices(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

PreviewField::PreviewField(const Property &property, QWidget *parent)
    : QWidget(parent)
    , m_property(property)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(5);

    auto *labelRow = new QHBoxLayout;
    labelRow->setContentsMargins(0, 0, 0, 0);
    labelRow->setSpacing(3);
    m_label = new QLabel(this);
    m_label->setObjectName(QLatin1String("previewLabel_") + property.name);
    const QFont labelFont = Fonts::strong(m_label->font());
    m_label->setFont(labelFont);
    m_requiredMarker = new QLabel(QStringLiteral("*"), this);
    m_requiredMarker->setAccessibleName(tr("required"));
    m_requiredMarker->setToolTip(tr("Required"));
    QPalette markerPalette = m_requiredMarker->palette();
    markerPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_requiredMarker->setPalette(markerPalette);
    m_requiredMarker->setFont(labelFont);
    labelRow->addWidget(m_label);
    labelRow->addWidget(m_requiredMarker);
    labelRow->addStretch(1);
    layout->addLayout(labelRow);

    createEditor();
    layout->addWidget(m_editor);

    m_hint = new WrappingLabel(this);
    m_hint->setObjectName(QLatin1String("previewHint_") + property.name);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setFont(Fonts::small(m_hint->font()));
    QPalette hintPalette = m_hint->palette();
    QColor muted = hintPalette.color(QPalette::WindowText);
    muted.setAlphaF(0.62);
    hintPalette.setColor(QPalette::WindowText, muted);
    m_hint->setPalette(hintPalette);
    layout->addWidget(m_hint);

    applyLabels();
    applyChoices();
    applyDefault();
}

void PreviewField::createEditor()
{
    const QString objectName = QLatin1String("preview_") + m_property.name;
    switch (m_property.inputKind) {
    case InputKind::Text:
    case InputKind::Url:
    case InputKind::Number:
    case InputKind::Password: {
        m_lineEdit = new QLineEdit(this);
        m_lineEdit->setMinimumHeight(InputHeight);
        m_lineEdit->setClearButtonEnabled(false);
        if (m_property.inputKind == InputKind::Number) {
            m_lineEdit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("-?[0-9]*([.][0-9]*)?")), m_lineEdit));
            m_lineEdit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        } else if (m_property.inputKind == InputKind::Url) {
            m_lineEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
        } else if (m_property.inputKind == InputKind::Password) {
            m_lineEdit->setEchoMode(QLineEdit::Password);
            m_lineEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
            const QColor iconColor = palette().color(QPalette::PlaceholderText);
            m_revealAction = m_lineEdit->addAction(eyeIcon(iconColor, false), QLineEdit::TrailingPosition);
            m_revealAction->setObjectName(objectName + QLatin1String("_reveal"));
            m_revealAction->setCheckable(true);
            m_revealAction->setToolTip(tr("Show the text"));
            connect(m_revealAction, &QAction::toggled, this, [this, iconColor](bool shown) {
                m_lineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
                m_revealAction->setIcon(eyeIcon(iconColor, shown));
                m_revealAction->setToolTip(shown ? tr("Hide the text") : tr("Show the text"));
            });
        }
        connect(m_lineEdit, &QLineEdit::textEdited, this, &PreviewField::markEdited);
        m_editor = m_lineEdit;
        break;
    }
    case InputKind::Boolean:
        m_checkBox = new QCheckBox(this);
        connect(m_checkBox, &QCheckBox::toggled, this, &PreviewField::markEdited);
        m_editor = m_checkBox;
        break;
    case InputKind::Choice:
        m_comboBox = new QComboBox(this);
        m_comboBox->setMinimumHeight(InputHeight);
        m_comboBox->setPlaceholderText(tr("Choose…"));
        connect(m_comboBox, &QComboBox::currentIndexChanged, this, &PreviewField::markEdited);
        m_editor = m_comboBox;
        break;
    case InputKind::MultiChoice:
        m_listWidget = new QListWidget(this);
        m_listWidget->setSelectionMode(QAbstractItemView::NoSelection);
        m_listWidget->setFocusPolicy(Qt::StrongFocus);
        m_listWidget->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_listWidget->setSpacing(2);
        m_listWidget->setUniformItemSizes(true);
        connect(m_listWidget, &QListWidget::itemChanged, this, &PreviewField::markEdited);
        m_editor = m_listWidget;
        break;
    case InputKind::MultiLineText:
        m_plainTextEdit = new QPlainTextEdit(this);
        m_plainTextEdit->setTabChangesFocus(true);
        m_plainTextEdit->setFixedHeight(m_plainTextEdit->fontMetrics().lineSpacing() * 4 + 14);
        connect(m_plainTextEdit, &QPlainTextEdit::textChanged, this, &PreviewField::markEdited);
        m_editor = m_plainTextEdit;
        break;
    }
    m_editor->setObjectName(objectName);
}

void PreviewField::update(const Property &property)
{
    Q_ASSERT(property.inputKind == m_property.inputKind);
    if (property == m_property)
        return;
    const Property old = std::exchange(m_property, property);
    if (old.displayName != property.displayName || old.hint != property.hint || old.required != property.required ||
        old.secret != property.secret)
        applyLabels();
    if (old.choices != property.choices)
        applyChoices();
    const bool defaultChanged = old.value != property.value || old.secret != property.secret;
    if (defaultChanged && !m_edited)
        applyDefault();
}

void PreviewField::applyLabels()
{
    const Property &p = m_property;
    const bool isBoolean = p.inputKind == InputKind::Boolean;
    m_label->setText(p.displayName);
    m_label->setVisible(!isBoolean);
    m_label->setBuddy(isBoolean ? nullptr : m_editor);
    m_requiredMarker->setVisible(p.required && !isBoolean);
    if (m_checkBox)
        m_checkBox->setText(p.displayName);
    m_hint->setText(p.hint);
    m_hint->setVisible(!p.hint.isEmpty());

    m_editor->setAccessibleName(p.displayName);
    QString description = p.hint;
    if (p.required && !isBoolean)
        description = description.isEmpty() ? tr("Required.") : tr("Required. %1").arg(description);
    m_editor->setAccessibleDescription(description);

    if (m_lineEdit) {
        QString placeholder;
        if (p.secret)
            placeholder = tr("Enter your %1").arg(DisplayText::inSentence(p.displayName));
        else if (p.inputKind == InputKind::Url)
            placeholder = QStringLiteral("https://");
        m_lineEdit->setPlaceholderText(placeholder);
    }
}

void PreviewField::applyChoices()
{
    if (m_comboBox) {
        const QSignalBlocker blocker(m_comboBox);
        const QString current = m_comboBox->currentText();
        m_comboBox->clear();
        m_comboBox->addItems(m_property.choices);
        const QString wanted = m_edited ? current : defaultValue();
        m_comboBox->setCurrentIndex(m_property.choices.indexOf(wanted));
    } else if (m_listWidget) {
        const QSignalBlocker blocker(m_listWidget);
        const QStringList checked = m_edited ? splitChoices(value()) : splitChoices(defaultValue());
        m_listWidget->clear();
        for (const QString &choice : m_property.choices) {
            auto *item = new QListWidgetItem(choice, m_listWidget);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(choice) ? Qt::Checked : Qt::Unchecked);
        }
        const int rows = std::clamp(int(m_property.choices.size()), 1, MaxVisibleChoices);
        const int rowHeight = m_listWidget->fontMetrics().height() + 8;
        for (int i = 0; i < m_listWidget->count(); ++i)
            m_listWidget->item(i)->setSizeHint(QSize(0, rowHeight));
        const int spacing = m_listWidget->spacing();
        m_listWidget->setFixedHeight(rows * (rowHeight + 2 * spacing) + 2 * m_listWidget->frameWidth() + 2);
    }
}

QString PreviewField::defaultValue() const
{
    return m_property.secret ? QString() : m_property.value;
}

void PreviewField::applyDefault()
{
    setEditorValue(defaultValue());
}

void PreviewField::setEditorValue(const QString &value)
{
    const QSignalBlocker blocker(m_editor);
    if (m_lineEdit) {
        m_lineEdit->setText(value);
    } else if (m_checkBox) {
        m_checkBox->setChecked(parseBool(value));
    } else if (m_comboBox) {
        m_comboBox->setCurrentIndex(m_comboBox->findText(value));
    } else if (m_listWidget) {
        const QStringList checked = splitChoices(value);
        for (int i = 0; i < m_listWidget->count(); ++i) {
            QListWidgetItem *item = m_listWidget->item(i);
            item->setCheckState(checked.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    } else if (m_plainTextEdit) {
        if (m_plainTextEdit->toPlainText() != value)
            m_plainTextEdit->setPlainText(value);
    }
}

QString PreviewField::value() const
{
    if (m_lineEdit)
        return m_lineEdit->text();
    if (m_checkBox)
        return m_checkBox->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (m_comboBox)
        return m_comboBox->currentIndex() < 0 ? QString() : m_comboBox->currentText();
    if (m_listWidget) {
        QStringList checked;
        for (int i = 0; i < m_listWidget->count(); ++i) {
            if (m_listWidget->item(i)->checkState() == Qt::Checked)
                checked.append(m_listWidget->item(i)->text());
        }
        return checked.join(QLatin1Char(' '));
    }
    if (m_plainTextEdit)
        return m_plainTextEdit->toPlainText();
    return {};
}

void PreviewField::setValue(const QString &value)
{
    m_edited = true;
    setEditorValue(value);
}

void PreviewField::markEdited()
{
    m_edited = true;
    emit valueChanged();
}

} // namespace cad
