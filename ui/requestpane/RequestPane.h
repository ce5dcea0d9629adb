#pragma once

#include "model/ConnectorDefinition.h"
#include "request/RequestAuthorizer.h"

#include <QHash>
#include <QString>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSpacerItem;
class QToolButton;

namespace cad {

class CurlHighlighter;

/// "Post-authorization request": the exact request every API call carries, for the definition's
/// test request, as a copy-pasteable curl command. Built with RequestAuthorizer (allowMissing, so
/// values a connection does not have yet show as {placeholders}) and CurlRenderer.
///
/// Secrets are masked unless "Show secrets" is on. Copy copies exactly what is shown; "Copy with
/// secrets" in the button's menu copies the unmasked command.
///
/// Object names: "requestCurl" (the read-only text), "showSecrets" (check box), "copyCurl" (copy
/// button), "copyWithSecrets" (menu action), "requestError" (shown when the request cannot be built).
class RequestPane : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPane(QWidget *parent = nullptr);
    ~RequestPane() override;

    void setDefinition(const ConnectorDefinition &definition);
    /// The connection's values (end-user answers, secrets, "access_token"); they override the
    /// definition's own values.
    void setValues(const QHash<QString, QString> &values);
    /// Both at once, rendered once (what a host does after every edit).
    void setRequest(const ConnectorDefinition &definition, const QHash<QString, QString> &values);
    /// The design-time connection's access token; empty when there is none. It fills the
    /// {access_token} placeholder: masked like every secret, shown only with "Show secrets".
    void setAccessToken(const QString &token);
    /// What the connection's token response gave ({instance_url} of response_variables); empty
    /// without a connection, when the request shows them as placeholders.
    void setCapturedValues(const QHash<QString, QString> &captured);

    /// The text shown (masked unless "Show secrets" is on); empty when the request cannot be built.
    [[nodiscard]] QString displayedText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateCopyButton();
    void copyDisplayed();
    void copyWithSecrets();

    ConnectorDefinition m_definition;
    QHash<QString, QString> m_values;
    QString m_accessToken;
    QHash<QString, QString> m_captured;
    bool m_hasDefinition = false;
    std::optional<AuthorizedRequest> m_request;

    QLabel *m_title = nullptr;
    QCheckBox *m_showSecrets = nullptr;
    QToolButton *m_copyButton = nullptr;
    QAction *m_copyWithSecrets = nullptr;
    QPlainTextEdit *m_curl = nullptr;
    CurlHighlighter *m_highlighter = nullptr;
    QLabel *m_error = nullptr;
    QSpacerItem *m_errorSpacer = nullptr;
};

} // namespace cad
