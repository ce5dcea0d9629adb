#pragma once

#include <QFrame>

class QPushButton;

namespace cad {

/// The banner shown when the authentication changed after the design-time connection was made.
class InvalidationBanner : public QFrame
{
    Q_OBJECT

public:
    explicit InvalidationBanner(QWidget *parent = nullptr);

Q_SIGNALS:
    void connectAgainRequested();

private:
    QPushButton *m_connectAgain;
};

} // namespace cad
