#pragma once

#include "inspect/JwsVerifier.h"
#include "inspect/TokenChecks.h"
#include "oauth/TokenSet.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cad {

class SecretLineEdit;

/// The token inspector: what the provider issued to the design-time connection, checked against
/// what the design asks for. It shows, never stores: nothing of it reaches a file, a log or the
/// settings, and a token leaves it only through Copy, which asks first (ModalSeam).
///
///   summary        token type, expiry countdown, refresh token issued, scopes requested ↔ granted
///   tokens         access, refresh and ID token, masked; Show reveals one, Copy asks, then copies
///   decoded JWT    header and claims (times as local times), the checks of TokenChecks and the
///                  signature (JwsVerifier with the keys setKeys() gives, HS* with the client secret)
///   opaque token   "Ask the Provider" (RFC 7662) when the design names an introspection URL
///
/// The controller (InspectorController) feeds it; it does no networking itself.
class TokenInspector : public QWidget
{
    Q_OBJECT

public:
    /// What the tokens are compared with: the design's side of the connection.
    struct Expectations
    {
        QString requestedScope;
        QString scopeSeparator = QStringLiteral(" ");
        TokenChecks::Expectations claims; ///< issuer, token URL, client id, nonce
        QByteArray clientSecret;          ///< for HS256/384/512; empty: none
        QString introspectionUrl;         ///< empty: the design names none
    };

    explicit TokenInspector(QWidget *parent = nullptr);
    ~TokenInspector() override;

    /// Shows @p tokens; everything decoded and checked anew.
    void setTokens(const TokenSet &tokens, const Expectations &expectations);
    /// No tokens to show, and @p why in one sentence ("Connect to see …").
    void clear(const QString &why);
    [[nodiscard]] bool hasTokens() const { return !m_tokens.isEmpty(); }

    /// The provider's JWK Set: the signatures are checked with it.
    void setKeys(const QJsonObject &jwks, const QUrl &jwksUri);
    /// The keys could not be read: the signature stays unverified, with @p message.
    void setKeysUnavailable(const QString &message);
    /// The keys are being fetched.
    void setKeysPending();

    void setIntrospectionBusy();
    void setIntrospectionAnswer(const QJsonObject &answer);
    void setIntrospectionFailed(const QString &message);

    /// Which decoded token is shown: "id_token" or "access_token".
    void showDecoded(const QString &which);
    [[nodiscard]] QString decodedToken() const;
    /// The JWTs among the tokens (the names of showDecoded()).
    [[nodiscard]] QStringList decodableTokens() const;
    [[nodiscard]] SignatureCheck signatureOf(const QString &which) const;

Q_SIGNALS:
    /// Ask the provider about @p token: "access_token" or "refresh_token".
    void introspectionRequested(const QString &tokenTypeHint);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct TokenRow
    {
        QString name; ///< access_token, refresh_token, id_token
        QLabel *label = nullptr;
        SecretLineEdit *field = nullptr;
        QToolButton *copy = nullptr;
    };

    void addTokenRow(QFormLayout *form, const QString &name, const QString &text);
    void copyToken(const TokenRow &row);
    void updateSummary();
    void updateCountdown();
    void updateDecoded();
    void updateSignatureLabel();
    void updateIntrospectionRow();
    [[nodiscard]] QString tokenText(const QString &name) const;
    [[nodiscard]] QString displayName(const QString &name) const;

    TokenSet m_tokens;
    Expectations m_expectations;
    QJsonObject m_jwks;
    QString m_keysMessage; ///< why the keys are missing, or "being fetched"
    bool m_keysKnown = false;
    QTimer m_countdown;

    QLabel *m_placeholder;
    QWidget *m_content;
    QWidget *m_scroll = nullptr;
    QLabel *m_typeLabel;
    QLabel *m_expiryLabel;
    QLabel *m_refreshLabel;
    QLabel *m_scopeLabel;
    QList<TokenRow> m_rows;
    QComboBox *m_decodedChoice;
    QLabel *m_signatureLabel;
    QLabel *m_opaqueLabel;
    QTreeWidget *m_claims;
    QTreeWidget *m_checks;
    QWidget *m_introspectionRow;
    QComboBox *m_introspectWhich;
    QPushButton *m_introspect;
    QLabel *m_introspectionStatus;
    QTreeWidget *m_introspection;
};

} // namespace cad
