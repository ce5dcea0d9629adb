#pragma once

#include "connection/ConnectionState.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QCheckBox;
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
    [[nodiscard]] QString statusMessage() const;
    [[nodiscard]] bool prefersSystemBrowser() const;
    [[nodiscard]] QString redirectUri() const { return m_redirectPattern; }
    /// "Expires in 4 min 12 s", "Expired", "No expiry" (relative to now).
    [[nodiscard]] static QString expiryText(const QDateTime &expiry, const QDateTime &now);

public Q_SLOTS:
    void setState(cad::ConnectionState state);
    void setExpiry(const QDateTime &expiry); ///< invalid: no expiry known
    void setScopes(const QString &scopes);
    /// The engine's last event in one line ("Connected (valid until …)", "Token request failed: …").
    void setStatusMessage(const QString &message);
    /// Refresh Now only makes sense for OAuth connections.
    void setRefreshSupported(bool supported);
    /// The redirect URI pattern to register with the provider; empty hides the row (no browser sign-in).
    void setRedirectUri(const QString &pattern);
    void setPreferSystemBrowser(bool prefer);
    /// A standing notice (e.g. "secrets are kept in memory only"); empty hides it.
    void setNotice(const QString &notice);

Q_SIGNALS:
    void stateChanged(cad::ConnectionState state);
    void connectRequested();
    void testRequested();
    void refreshRequested();
    void disconnectRequested();
    void preferSystemBrowserChanged(bool prefer);

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
    QLabel *m_statusLabel;
    QLabel *m_noticeLabel;
    QWidget *m_redirectRow;
    QLabel *m_redirectLabel;
    QPushButton *m_copyRedirect;
    QCheckBox *m_systemBrowser;
    QString m_redirectPattern;
    bool m_refreshSupported = true;
    QPushButton *m_connect;
    QPushButton *m_test;
    QPushButton *m_refresh;
    QPushButton *m_disconnect;
};

} // namespace cad
