#pragma once

#include "secrets/SecretBindings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QWidget;

namespace cad {

class ConnectionPanel;
class ConnectorDocument;
struct ConnectorDefinition;
class DesignTimeConnection;
class Rehearsal;
class RehearsalDialog;
class ExchangeLogView;
class PreviewForm;
class SecretStore;
class SignInController;
struct CredentialUse;
struct OriginConfirmation;
struct TestResult;

/// The design-time connection of the window's document and everything it needs: the network, the
/// keychain (SecretStore), the secrets' origins (SecretBindings), the sign-in browser, and the
/// views that show it (connection panel, exchange log).
///
///   document replaced ──► startOver(): a fresh DesignTimeConnection, nothing of the old one kept
///   opened / recovered ──► loadSecrets(): keychain ──► table values ──► restore() the connection
///   saved             ──► saveSecrets(): values ──► keychain, each with the origins it may go to
///   document changed  ──► sync(): the engine sees the design and the values the preview holds
///   a stored secret would go to a new origin ──► ask (after the engine's call returns)
///   Rehearse          ──► a Rehearsal of the engine, its checklist in a RehearsalDialog
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    ConnectionController(ConnectorDocument *document, ConnectionPanel *panel, ExchangeLogView *log,
                         PreviewForm *preview, QWidget *dialogParent);
    ~ConnectionController() override;

    [[nodiscard]] DesignTimeConnection *engine() const { return m_engine; }
    [[nodiscard]] SignInController *signInController() const { return m_signIn; }
    [[nodiscard]] SecretStore *secretStore() const { return m_secrets; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    /// The values the connection uses: the preview form's values over the secret values typed in
    /// the properties table.
    [[nodiscard]] QHash<QString, QString> connectionValues() const;
    /// Every property's value, the connection's values over them: what {variables} in the design's
    /// URLs resolve to.
    [[nodiscard]] QHash<QString, QString> resolvedValues() const;

    /// A fresh connection for a new document: the old one is cancelled (its tokens stay in the
    /// keychain under its connector key) and what is known of the secrets starts over.
    void startOver();
    /// The design or the preview's values changed.
    void sync();
    /// Reads the document's secret values from the keychain, fills them in without an undo entry,
    /// then restores a connection kept from an earlier session. Before startKeychain() it only
    /// notes that the document waits for its secrets.
    void loadSecrets();
    /// Writes the document's secret values to the keychain (after the file was saved).
    void saveSecrets();
    /// Where secret values come from when neither the table nor the keychain has them (the
    /// sandbox's own values for a sandbox design); applied by loadSecrets() and fillSecretDefaults().
    using SecretDefaults = std::function<QHash<QString, QString>(const ConnectorDefinition &)>;
    void setSecretDefaults(SecretDefaults defaults) { m_secretDefaults = std::move(defaults); }
    /// Fills the document's empty secret values from the defaults, without an undo entry; returns how many.
    int fillSecretDefaults();
    /// Asks the keychain whether it works and reads the secrets a document opened before waits
    /// for; called once after the first paint. Until then the keychain is not touched: D-Bus, the
    /// Secret Service and the library behind them never delay the window.
    void startKeychain();

    void connectToService();
    void test();
    /// Rehearses the token lifecycle of the connection (Rehearsal) and shows its checklist; says
    /// in the panel why not when it cannot start (not connected, not OAuth).
    void rehearse();

Q_SIGNALS:
    /// The secret values of a save reached the keychain (or memory when there is none).
    void secretsSaved(bool ok);
    /// The secret values of an opened file were read (@p count found) and the connection restored.
    void secretsLoaded(int count);
    /// A test finished: the window shows the exchange log.
    void testFinished();
    void statusMessage(const QString &text, int timeoutMs);
    /// The connection area's content changed size (a notice, the redirect row): give it room.
    void layoutChanged();
    /// The access token API calls carry now: the connection's while it matches the design
    /// (Connected, Refreshing), else empty.
    void accessTokenChanged(const QString &token);
    /// What the connection's token response gave ({instance_url}), while it matches the design; else empty.
    void capturedValuesChanged(const QHash<QString, QString> &captured);
    /// The connection's state or tokens changed (the token inspector follows).
    void connectionChanged();

private:
    void onStateChanged();
    void onTokensChanged();
    void updateAccessToken();
    void confirmOrigins(const OriginConfirmation &confirmation);
    void keepAllowedOrigins(const QList<CredentialUse> &uses);
    void showKeychainNotice(bool persistent);

    ConnectorDocument *m_document;
    ConnectionPanel *m_panel;
    ExchangeLogView *m_log;
    PreviewForm *m_preview;
    QPointer<QWidget> m_dialogParent;
    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    SecretBindings m_bindings; ///< what the keychain said about the current document's secrets
    DesignTimeConnection *m_engine = nullptr;
    SignInController *m_signIn = nullptr;
    QPointer<Rehearsal> m_rehearsal;
    QPointer<RehearsalDialog> m_rehearsalDialog;
    quint64 m_generation = 0; ///< bumps whenever another document replaces the current one
    bool m_keychainStarted = false;
    bool m_loadPending = false;         ///< the current document waits for startKeychain() to read its secrets
    QString m_accessToken;              ///< what accessTokenChanged() last said
    QHash<QString, QString> m_captured; ///< what capturedValuesChanged() last said
    SecretDefaults m_secretDefaults;
};

} // namespace cad
