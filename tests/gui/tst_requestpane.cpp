// The post-authorization request pane: the curl command of the test request, masked by default.

#include "model/BuiltinSchemas.h"
#include "model/ConnectorDefinition.h"
#include "requestpane/RequestPane.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace cad;

namespace {

const QString Token = QStringLiteral("ghp_7xQ2sEcReTvAlUe");

ConnectorDefinition patDefinition()
{
    ConnectorDefinition def = ConnectorDefinition::create(AuthType::PersonalAccessToken, QStringLiteral("Acme CRM"));
    def.baseUrl = QStringLiteral("https://api.acme.test/v2");
    return def;
}

} // namespace

class TestRequestPane : public QObject
{
    Q_OBJECT

private slots:
    void patIsMaskedUntilShowSecrets();
    void missingValuesShowAsPlaceholders();
    void addedHeaderPropertyShows();
    void copyPutsTheDisplayedTextOnTheClipboard();
    void copyWithSecretsCopiesTheRealValue();
    void oauthShowsTheAccessTokenPlaceholder();
    void invalidBaseUrlShowsAnError();
    void placeholdersAndMasksAreHighlighted();
    void setRequestAppliesDefinitionAndValuesTogether();
};

void TestRequestPane::patIsMaskedUntilShowSecrets()
{
    RequestPane pane;
    pane.setDefinition(patDefinition());
    pane.setValues({{QStringLiteral("personal_access_token"), Token}});
    auto *curl = pane.findChild<QPlainTextEdit *>(QStringLiteral("requestCurl"));
    QVERIFY(curl);
    QVERIFY(curl->isReadOnly());
    const QString masked = curl->toPlainText();
    QVERIFY2(masked.startsWith(QStringLiteral("curl ")), qPrintable(masked));
    QVERIFY2(masked.contains(QStringLiteral("https://api.acme.test/v2/me")), qPrintable(masked));
    QVERIFY2(masked.contains(QStringLiteral("Authorization: Bearer ••••••")), qPrintable(masked));
    QVERIFY(!masked.contains(Token));

    auto *showSecrets = pane.findChild<QCheckBox *>(QStringLiteral("showSecrets"));
    QVERIFY(showSecrets);
    QVERIFY(!showSecrets->isChecked());
    showSecrets->setChecked(true);
    const QString shown = curl->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Authorization: Bearer ") + Token), qPrintable(shown));

    showSecrets->setChecked(false);
    QVERIFY(!curl->toPlainText().contains(Token));
}

void TestRequestPane::missingValuesShowAsPlaceholders()
{
    RequestPane pane;
    pane.setDefinition(patDefinition());
    const QString text = pane.findChild<QPlainTextEdit *>(QStringLiteral("requestCurl"))->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("{personal_access_token}")), qPrintable(text));
    auto *note = pane.findChild<QLabel *>(QStringLiteral("requestNote"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("{braces}")));
}

void TestRequestPane::addedHeaderPropertyShows()
{
    ConnectorDefinition def = patDefinition();
    Property tenant;
    tenant.name = QStringLiteral("tenant");
    tenant.displayName = QStringLiteral("Tenant");
    tenant.value = QStringLiteral("acme-eu");
    tenant.order = 5;
    tenant.sendAs = {Location::Header, QStringLiteral("X-Tenant"), QString()};
    def.properties.append(tenant);

    RequestPane pane;
    pane.setDefinition(patDefinition());
    auto *curl = pane.findChild<QPlainTextEdit *>(QStringLiteral("requestCurl"));
    QVERIFY(!curl->toPlainText().contains(QStringLiteral("X-Tenant")));
    pane.setDefinition(def);
    QVERIFY2(curl->toPlainText().contains(QStringLiteral("X-Tenant: acme-eu")), qPrintable(curl->toPlainText()));
}

void TestRequestPane::copyPutsTheDisplayedTextOnTheClipboard()
{
    RequestPane pane;
    pane.setDefinition(patDefinition());
    pane.setValues({{QStringLiteral("personal_access_token"), Token}});
    pane.show();
    auto *copy = pane.findChild<QToolButton *>(QStringLiteral("copyCurl"));
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    QVERIFY2(copy->text().contains(QStringLiteral("masked")), qPrintable(copy->text()));
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, pane.findChild<QPlainTextEdit *>(QStringLiteral("requestCurl"))->toPlainText());
    QVERIFY(!copied.contains(Token));
    QVERIFY(copied.contains(QStringLiteral("••••••")));

    pane.findChild<QCheckBox *>(QStringLiteral("showSecrets"))->setChecked(true);
    QVERIFY(!copy->text().contains(QStringLiteral("masked")));
    copy->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(Token));
}

void TestRequestPane::copyWithSecretsCopiesTheRealValue()
{
    RequestPane pane;
    pane.setDefinition(patDefinition());
    pane.setValues({{QStringLiteral("personal_access_token"), Token}});
    auto *action = pane.findChild<QAction *>(QStringLiteral("copyWithSecrets"));
    QVERIFY(action);
    QGuiApplication::clipboard()->clear();
    action->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Authorization: Bearer ") + Token));
    // The pane itself still shows the masked command.
    QVERIFY(!pane.findChild<QPlainTextEdit *>(QStringLiteral("requestCurl"))->toPlainText().contains(Token));
}

void TestRequestPane::oauthShowsTheAccessTokenPlaceholder()
{
    RequestPane pane;
    pane.setDefinition(ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode, QStringLiteral("Acme CRM")));
    const QString text = pane.displayedText();
    QVERIFY2(text.contains(QStringLiteral("Authorization: Bearer {access_token}")), qPrintable(text));
}

void TestRequestPane::invalidBaseUrlShowsAnError()
{
    ConnectorDefinition def = patDefinition();
    def.baseUrl = QStringLiteral("not a url");
    RequestPane pane;
    pane.setDefinition(def);
    pane.show();
    auto *error = pane.findChild<QLabel *>(QStringLiteral("requestError"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not a url")), qPrintable(error->text()));
    QVERIFY(!pane.findChild<QToolButton *>(QStringLiteral("copyCurl"))->isEnabled());

    // Fixing the URL brings the command back.
    def.baseUrl = QStringLiteral("https://api.acme.test");
    pane.setDefinition(def);
    QVERIFY(!error->isVisible());
    QVERIFY(pane.displayedText().startsWith(QStringLiteral("curl ")));
}

void TestRequestPane::placeholdersAndMasksAreHighlighted()
{
    RequestPane pane;
    pane.setDefinition(ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode, QStringLiteral("Acme CRM")));
    auto *curl = pane.findChild<QPlainTextEdit *>(QStringLiteral("requestCurl"));
    QVERIFY(QFontInfo(curl->font()).fixedPitch());

    // The format the highlighter gave the text at `needle`, or an invalid one.
    auto formatAt = [curl](const QString &needle) -> QTextCharFormat {
        for (QTextBlock block = curl->document()->begin(); block.isValid(); block = block.next()) {
            const int at = int(block.text().indexOf(needle));
            if (at < 0)
                continue;
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.start <= at && at + needle.size() <= range.start + range.length)
                    return range.format;
            }
        }
        return {};
    };
    const QTextCharFormat placeholder = formatAt(QStringLiteral("{access_token}"));
    const QTextCharFormat quoted = formatAt(QStringLiteral("Accept: application/json"));
    QVERIFY(placeholder.foreground().style() != Qt::NoBrush);
    QVERIFY(quoted.foreground().style() != Qt::NoBrush);
    QVERIFY(placeholder.foreground().color() != quoted.foreground().color()); // stands out inside a string
    QVERIFY(formatAt(QStringLiteral("--header")).foreground().style() != Qt::NoBrush);
}

void TestRequestPane::setRequestAppliesDefinitionAndValuesTogether()
{
    RequestPane pane;
    pane.findChild<QCheckBox *>(QStringLiteral("showSecrets"))->setChecked(true);
    pane.setRequest(patDefinition(), {{QStringLiteral("personal_access_token"), Token}});
    QVERIFY2(pane.displayedText().contains(QStringLiteral("Authorization: Bearer ") + Token),
             qPrintable(pane.displayedText()));

    // A new definition and new values replace both.
    ConnectorDefinition apiKey = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Acme CRM"));
    apiKey.baseUrl = QStringLiteral("https://api.acme.test/v2");
    pane.setRequest(apiKey, {{QStringLiteral("api_key"), QStringLiteral("k-1")}});
    QVERIFY2(pane.displayedText().contains(QStringLiteral("X-Access-Token: k-1")), qPrintable(pane.displayedText()));
    QVERIFY(!pane.displayedText().contains(Token));
}

QTEST_MAIN(TestRequestPane)
#include "tst_requestpane.moc"
