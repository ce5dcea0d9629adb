#pragma once

#include "connection/ConnectionState.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cad {

/// The design-time connection area: state, token expiry countdown, granted scopes and the
/// Connect / Test / Refresh now / Disconnect buttons. It only shows state and emits requests;
/// the connection engine drives it through the setters.
class ConnectionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionPanel(QWidget *parent = nullptr);

    [[nodiscard]] ConnectionState state() const { return m_state; }
    [[nodiscard]] QDateTime expiry() const { return m_expiry; }
    [[nodiscard]] QString scopes() const { return m_scopes; }
    /// "Expires in 4 min 12 s", "Expired", "No expiry" (relative to now).
    [[nodiscard]] static QString expiryText(const QDateTime &expiry, const QDateTime &now);

public Q_SLOTS:
    void setState(cad::ConnectionState state);
    void setExpiry(const QDateTime &expiry); ///< invalid: no expiry known
    void setScopes(const QString &scopes);

Q_SIGNALS:
    void stateChanged(cad::ConnectionState state);
    void connectRequested();
    void testRequested();
    void refreshRequested();
    void disconnectRequested();

private:
    void updateExpiry();
    void updateButtons();

    ConnectionState m_state = ConnectionState::NotConnected;
    QDateTime m_expiry;
    QString m_scopes;
    QTimer m_countdown;
    QLabel *m_stateDot;
    QLabel *m_stateLabel;
    QLabel *m_expiryLabel;
    QLabel *m_scopesLabel;
    QPushButton *m_connect;
    QPushButton *m_test;
    QPushButton *m_refresh;
    QPushButton *m_disconnect;
};

} // namespace cad
