#pragma once

#include <QLineEdit>

class QAction;

namespace cad {

/// A line edit for secret values: masked by default, with a trailing "eye" action that reveals
/// or hides the text.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    [[nodiscard]] bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    [[nodiscard]] QAction *revealAction() const { return m_reveal; }

private:
    QAction *m_reveal = nullptr;
};

} // namespace cad
