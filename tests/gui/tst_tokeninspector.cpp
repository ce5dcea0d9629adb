// The token inspector with a real connection: an author signed in at the oidc-provider fixture
// opens the Tokens tab from the connection panel and reads the ID token decoded and its signature
// verified with the provider's published keys, the claims checked against the design, the granted
// scopes compared with the requested ones, the tokens masked until revealed, copying only after a
// yes, and the provider's own answer about the opaque access token (RFC 7662).

#include "SystemBrowserSignIn.h"
#include "WindowTestSupport.h"

#include "browser/SignInController.h"
#include "common/ModalSeam.h"
#include "connection/DesignTimeConnection.h"
#include "connectionpanel/ConnectionPanel.h"
#include "exchangelog/ExchangeLogModel.h"
#include "exchangelog/ExchangeLogView.h"
#include "inspector/TokenInspector.h"
#include "io/DefinitionFile.h"
#include "mainwindow/InspectorController.h"
#include "mainwindow/MainWindow.h"
#include "model/BuiltinSchemas.h"
#include "model/ConnectorDocument.h"
#include "support/SecretScan.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace cad;
using cad::test::child;
using cad::test::OidcProvider;

namespace {

/// The value column of the claim @p name under the tree's section @p section ("Header", "Claims").
QString claimValue(QTreeWidget *tree, const QString &section, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = tree->topLevelItem(i);
        if (top->text(0) != section)
            continue;
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->text(0) == name)
                return top->child(j)->text(1);
        }
    }
    return {};
}

/// The level (ClaimFinding::Level) of the check about @p claim, or -1.
int checkLevel(QTreeWidget *checks, const QString &claim)
{
    for (int i = 0; i < checks->topLevelItemCount(); ++i) {
        if (checks->topLevelItem(i)->text(0) == claim)
            return checks->topLevelItem(i)->data(0, Qt::UserRole).toInt();
    }
    return -1;
}

QJsonObject payloadOf(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace

class TestTokenInspector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OidcProvider m_idp;

    /// Authorization code for the fixture's confidential client code-basic (client_secret_basic),
    /// scopes "openid profile email contacts.read" (the last unknown to the fixture), with the provider's issuer and
    /// introspection endpoint as additional properties.
    ConnectorDefinition confidentialDesign(const QString &key) const
    {
        ConnectorDefinition d = ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode, QStringLiteral("C"));
        d.key = key;
        d.baseUrl = m_idp.issuer().toString();
        d.testRequest.path = m_idp.userinfoUrl().path();
        d.property(PropertyNames::ClientId)->value = QStringLiteral("code-basic");
        d.property(PropertyNames::ClientSecret)->value = m_idp.client(QStringLiteral("code-basic")).clientSecret;
        d.property(PropertyNames::AuthorizationUrl)->value = m_idp.authorizationUrl().toString();
        d.property(PropertyNames::TokenUrl)->value = m_idp.tokenUrl().toString();
        d.property(PropertyNames::Scope)->value = QStringLiteral("openid profile email contacts.read");
        d.property(PropertyNames::BasicHeader)->value = QStringLiteral("true");
        Property introspection;
        introspection.name = PropertyNames::TokenIntrospectionUrl.toString();
        introspection.displayName = QStringLiteral("Token introspection URL");
        introspection.value = m_idp.introspectionUrl().toString();
        introspection.sendAs.location = Location::NotSent;
        introspection.order = 95;
        d.properties.append(introspection);
        Property issuer = introspection; // as discovery import adds it
        issuer.name = PropertyNames::Issuer.toString();
        issuer.displayName = QStringLiteral("Issuer");
        issuer.value = m_idp.issuer().toString();
        issuer.order = 96;
        d.properties.append(issuer);
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        cad::test::setUpWindowTests(QStringLiteral("tst_tokeninspector"));
        QVERIFY(m_dir.isValid());
        if (!m_idp.start())
            QFAIL(qPrintable(m_idp.errorString()));
    }

    void init() { cad::test::resetWindowTest(); }

    void cleanup() { QCOMPARE(ModalSeam::unansweredCount(), 0); }

    void saysWhyThereIsNothingToInspect()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Nothing of the inspector exists until it is asked for.
        QVERIFY(!window.inspectorController()->hasInspector());
        auto *tabs = child<QTabWidget>(&window, "requestTabs");
        QCOMPARE(tabs->tabText(tabs->indexOf(window.inspectorController()->page())), QStringLiteral("Tokens"));
        window.findChild<QAction *>(QStringLiteral("goToTokensAction"))->trigger();
        QVERIFY(window.inspectorController()->hasInspector());
        QCOMPARE(tabs->currentWidget(), window.inspectorController()->page());
        TokenInspector *inspector = window.inspectorController()->inspector();
        QVERIFY(!inspector->hasTokens());
        QCOMPARE(child<QLabel>(inspector, "inspectorPlaceholder")->text(),
                 QStringLiteral("Connect to see the tokens the provider issues."));
        // Until there is a connection, the panel's Inspect button waits.
        QVERIFY(!child<QPushButton>(window.connectionPanel(), "inspectTokensButton")->isEnabled());
    }

    void readsTheVerifiedIdTokenAndAsksTheProvider()
    {
        const QString path = m_dir.filePath(QStringLiteral("inspector.connector.json"));
        QVERIFY(DefinitionFile::write(path, confidentialDesign(QStringLiteral("inspector-code"))).ok());
        MainWindow window;
        window.resize(1500, 1100);
        window.show();
        QVERIFY(window.openFile(path));
        // Definition files never hold secret values: the author types the client secret.
        const ConnectorDefinition &opened = window.document()->definition();
        const int secretRow = int(opened.indexOf(PropertyNames::ClientSecret));
        Property secret = opened.properties.at(secretRow);
        QVERIFY(secret.value.isEmpty());
        secret.value = m_idp.client(QStringLiteral("code-basic")).clientSecret;
        window.document()->setProperty(secretRow, secret);
        QVERIFY(cad::test::signInWithSystemBrowser(window, m_idp));
        const TokenSet tokens = window.designTimeConnection()->tokens();
        QVERIFY(!tokens.idToken.isEmpty());

        // Inspect, from the connection panel.
        auto *inspect = child<QPushButton>(window.connectionPanel(), "inspectTokensButton");
        QVERIFY(inspect->isEnabled());
        QTest::mouseClick(inspect, Qt::LeftButton);
        auto *tabs = child<QTabWidget>(&window, "requestTabs");
        QCOMPARE(tabs->currentWidget(), window.inspectorController()->page());
        TokenInspector *inspector = window.inspectorController()->inspector();
        QVERIFY(inspector->hasTokens());
        QCOMPARE(inspector->decodedToken(), QStringLiteral("id_token"));

        // The signature, checked with the keys the provider publishes (jwks_uri of its metadata).
        auto *signature = child<QLabel>(inspector, "inspectorSignature");
        QTRY_VERIFY_WITH_TIMEOUT(signature->text().startsWith(QLatin1String("Signature verified")), 15000);
        QCOMPARE(inspector->signatureOf(QStringLiteral("id_token")).status, SignatureStatus::Verified);

        // The claims as the token carries them, its times also as local times.
        const QJsonObject payload = payloadOf(tokens.idToken);
        auto *claims = child<QTreeWidget>(inspector, "inspectorClaims");
        QCOMPARE(claimValue(claims, QStringLiteral("Claims"), QStringLiteral("aud")), QStringLiteral("\"code-basic\""));
        QCOMPARE(claimValue(claims, QStringLiteral("Claims"), QStringLiteral("iss")),
                 QLatin1Char('"') + m_idp.issuer().toString() + QLatin1Char('"'));
        const qint64 exp = qint64(payload.value(QLatin1String("exp")).toDouble());
        QVERIFY(exp > QDateTime::currentSecsSinceEpoch());
        const QString expText = QStringLiteral("%1 (%2)").arg(
            QString::number(exp),
            QLocale().toString(QDateTime::fromSecsSinceEpoch(exp).toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(claimValue(claims, QStringLiteral("Claims"), QStringLiteral("exp")), expText);
        QVERIFY(!claimValue(claims, QStringLiteral("Header"), QStringLiteral("alg")).isEmpty());

        // Compared with the design: issuer (its issuer property), audience (the client id), expiry.
        auto *checks = child<QTreeWidget>(inspector, "inspectorChecks");
        QCOMPARE(checkLevel(checks, QStringLiteral("iss")), int(ClaimFinding::Level::Ok));
        QCOMPARE(checkLevel(checks, QStringLiteral("aud")), int(ClaimFinding::Level::Ok));
        QCOMPARE(checkLevel(checks, QStringLiteral("exp")), int(ClaimFinding::Level::Ok));
        // The design sends no nonce, and the inspector says so rather than calling it checked.
        QCOMPARE(checkLevel(checks, QStringLiteral("nonce")), int(ClaimFinding::Level::Info));

        // The scopes: what the design asked for against what the token response granted.
        const QString scopes = child<QLabel>(inspector, "inspectorScopes")->text();
        QVERIFY2(scopes.contains(QLatin1String("Requested: <code>openid</code> <code>profile</code> "
                                               "<code>email</code> <code>contacts.read</code>")),
                 qPrintable(scopes));
        // The fixture ignores a scope it does not know (OpenID Connect Core 3.1.2.1), and says so.
        QCOMPARE(tokens.scope, QStringLiteral("openid profile email"));
        QVERIFY2(scopes.contains(QLatin1String("Granted: <code>openid</code> <code>profile</code> <code>email</code>")),
                 qPrintable(scopes));
        QVERIFY2(scopes.contains(QLatin1String("Missing: <code>contacts.read</code> (requested, not granted")),
                 qPrintable(scopes));
        QVERIFY2(!scopes.contains(QLatin1String("Extra:")), qPrintable(scopes));
        QCOMPARE(child<QLabel>(inspector, "inspectorRefreshToken")->text().startsWith(QLatin1String("Issued")),
                 tokens.hasRefreshToken());
        QVERIFY(child<QLabel>(inspector, "inspectorExpiry")->text().contains(QLatin1String("expires in")));
        QDir().mkpath(QStringLiteral("/tmp/walkthrough-shots"));
        QVERIFY(window.grab().save(QStringLiteral("/tmp/walkthrough-shots/token-inspector-window.png")));
        // The whole inspector, as the README shows it (the tab scrolls in the window).
        QWidget *content = child<QScrollArea>(inspector, "inspectorScroll")->widget();
        content->resize(760, content->sizeHint().height());
        QVERIFY(content->grab().save(QStringLiteral("/tmp/walkthrough-shots/token-inspector.png")));

        // The tokens are masked until revealed; copying asks first.
        auto *idField = child<QLineEdit>(inspector, "inspectorToken_id_token");
        QCOMPARE(idField->echoMode(), QLineEdit::Password);
        QCOMPARE(idField->text(), tokens.idToken);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        ModalSeam::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(child<QAbstractButton>(inspector, "inspectorCopy_id_token"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QVERIFY(ModalSeam::lastMessage().contains(QLatin1String("Copy the ID token?")));
        ModalSeam::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QAbstractButton>(inspector, "inspectorCopy_id_token"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), tokens.idToken);
        QGuiApplication::clipboard()->clear();

        // The access token is opaque: the provider says what it is (RFC 7662), and the exchange is
        // in the log with the token and the client secret masked.
        QVERIFY(!inspector->decodableTokens().contains(QLatin1String("access_token")));
        QVERIFY(child<QLabel>(inspector, "inspectorOpaque")->isVisible());
        QTest::mouseClick(child<QPushButton>(inspector, "inspectorIntrospect"), Qt::LeftButton);
        auto *status = child<QLabel>(inspector, "inspectorIntrospectionStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Active")), 15000);
        auto *answer = child<QTreeWidget>(inspector, "inspectorIntrospection");
        QStringList members;
        for (int i = 0; i < answer->topLevelItemCount(); ++i)
            members << answer->topLevelItem(i)->text(0) + QLatin1Char('=') + answer->topLevelItem(i)->text(1);
        QVERIFY2(members.contains(QStringLiteral("active=true")), qPrintable(members.join(QLatin1Char(' '))));
        QVERIFY2(members.contains(QStringLiteral("client_id=\"code-basic\"")),
                 qPrintable(members.join(QLatin1Char(' '))));
        const ExchangeRecord &asked = window.exchangeLog()->model()->records().constLast();
        QCOMPARE(asked.stage, OAuthStage::Introspect);
        QCOMPARE(asked.url, m_idp.introspectionUrl());
        QVERIFY(!QString::fromUtf8(asked.requestBody).contains(tokens.accessToken));

        // Nothing the inspector showed reached a file: settings, autosave and the design's folder.
        QSettings().sync();
        const QStringList secrets{tokens.accessToken, tokens.refreshToken, tokens.idToken};
        for (const QString &dir :
             {QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
              QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), m_dir.path()}) {
            const QList<cad::test::Leak> leaks = cad::test::findLeaksInDir(dir, secrets);
            QVERIFY2(leaks.isEmpty(), qPrintable(cad::test::describe(leaks)));
        }

        // A change of the authentication: the tokens belong to the old design, and are no longer shown.
        const ConnectorDefinition &current = window.document()->definition();
        const int scopeRow = int(current.indexOf(PropertyNames::Scope));
        Property scope = current.properties.at(scopeRow);
        scope.value = QStringLiteral("openid");
        window.document()->setProperty(scopeRow, scope);
        QTRY_VERIFY(!inspector->hasTokens());
        QVERIFY2(child<QLabel>(inspector, "inspectorPlaceholder")->text().contains(QLatin1String("connect again")),
                 qPrintable(child<QLabel>(inspector, "inspectorPlaceholder")->text()));
        QVERIFY(child<QLineEdit>(inspector, "inspectorToken_id_token")->text().isEmpty());
    }
};

QTEST_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
