#pragma once

#include "connection/ConnectionState.h"

#include <QDateTime>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace cad {

/// The design-time connection area: state, token expiry countdown, granted scopes and the
/// Connect / Test / Refresh now / Disconnect / Rehearse buttons. It only shows state and emits requests;
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
    /// The connection's name from connector.connectionLabel after a good test; empty: none.
    void setConnectionName(const QString &name);
    [[nodiscard]] QString connectionName() const { return m_name; }
    /// The engine's last event in one line ("Connected (valid until …)", "Token request failed: …").
    void setStatusMessage(const QString &message);
    /// Refresh Now and Rehearse only make sense for OAuth connections.
    void setRefreshSupported(bool supported);
    /// A lifecycle rehearsal uses the connection: Test, Refresh Now and Rehearse wait for it.
    void setRehearsing(bool rehearsing);
    /// The redirect URI pattern to register with the provider; empty hides the row (no browser sign-in).
    void setRedirectUri(const QString &pattern);
    void setPreferSystemBrowser(bool prefer);
    /// A standing notice (e.g. "secrets are kept in memory only"); empty hides it.
    void setNotice(const QString &notice);
    /// The sign-in goes on in the system browser (SignInController::systemBrowserSignIn): shows
    /// "Waiting for the sign-in in your browser…" (or that no browser opened) and @p detail, with
    /// Cancel and "Copy sign-in URL", until the browser comes back or the state is no longer
    /// Authorizing. Object names: "browserSignIn" (the row), "browserSignInLabel",
    /// "browserSignInDetail", "cancelSignInButton", "copySignInUrlButton".
    void showBrowserSignIn(const QUrl &authorizeUrl, bool opened, const QString &detail);
    [[nodiscard]] QUrl signInUrl() const { return m_signInUrl; }

Q_SIGNALS:
    void stateChanged(cad::ConnectionState state);
    void connectRequested();
    void testRequested();
    void refreshRequested();
    void disconnectRequested();
    void rehearseRequested();
    /// Show the token inspector.
    void inspectRequested();
    /// Cancel while the sign-in waits in the system browser.
    void cancelSignInRequested();
    void preferSystemBrowserChanged(bool prefer);

private:
    void updateExpiry();
    void updateButtons();
    void hideBrowserSignIn();

    ConnectionState m_state = ConnectionState::NotConnected;
    QDateTime m_expiry;
    QString m_scopes;
    QTimer m_countdown;
    QLabel *m_stateDot;
    QLabel *m_stateLabel;
    QLabel *m_expiryLabel;
    QLabel *m_scopesLabel;
    QLabel *m_nameLabel;
    QString m_name;
    QLabel *m_statusLabel;
    QLabel *m_noticeLabel;
    QWidget *m_redirectRow;
    QLabel *m_redirectLabel;
    QPushButton *m_copyRedirect;
    QCheckBox *m_systemBrowser;
    QWidget *m_browserRow;
    QLabel *m_browserLabel;
    QLabel *m_browserDetail;
    QPushButton *m_cancelSignIn;
    QPushButton *m_copySignInUrl;
    QUrl m_signInUrl;
    QString m_statusWhileWaiting; ///< the engine's message when the wait began; another one ends it
    QString m_redirectPattern;
    bool m_refreshSupported = true;
    bool m_rehearsing = false;
    QPushButton *m_connect;
    QPushButton *m_test;
    QPushButton *m_refresh;
    QPushButton *m_disconnect;
    QPushButton *m_rehearse;
    QPushButton *m_inspect;
};

} // namespace cad
