#include "common/SecretLineEdit.h"

#include "common/Icons.h"

#include <QAction>

namespace cad {

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    m_reveal = addAction(Icons::icon(Icons::Icon::Reveal), QLineEdit::TrailingPosition);
    m_reveal->setObjectName(QStringLiteral("revealAction"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the value"));
    connect(m_reveal, &QAction::toggled, this, &SecretLineEdit::setRevealed);
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setChecked(revealed);
    m_reveal->setIcon(Icons::icon(revealed ? Icons::Icon::Conceal : Icons::Icon::Reveal));
    m_reveal->setToolTip(revealed ? tr("Hide the value") : tr("Show the value"));
}

} // namespace cad
