// The end-user preview: shows exactly the ask-the-user fields, in order, with the right widgets,
// and updates incrementally without losing what was typed.

#include "model/BuiltinSchemas.h"
#include "model/ConnectorDefinition.h"
#include "preview/PreviewCard.h"
#include "preview/PreviewForm.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace cad;

namespace {

struct ExpectedField
{
    QString name;
    QString widgetClass;
    bool masked = false;
};

QStringList editorNames(const PreviewForm &form)
{
    QStringList names;
    for (QWidget *w : form.fieldEditors())
        names.append(w->objectName());
    return names;
}

Property extraProperty(const QString &name, const QString &displayName, InputKind kind, int order)
{
    Property p;
    p.name = name;
    p.displayName = displayName;
    p.askUser = true;
    p.inputKind = kind;
    p.order = order;
    return p;
}

} // namespace

Q_DECLARE_METATYPE(QList<ExpectedField>)

class TestPreview : public QObject
{
    Q_OBJECT

private slots:
    void defaultTypes_data();
    void defaultTypes();
    void noneSaysNoCredentials();
    void oauthWithoutFieldsSaysWhereTheRedirectGoes();
    void displayNameEditUpdatesLabelInPlace();
    void toggleAskUserAddsAndRemovesField();
    void kindsRenderAsTheRightWidgets();
    void kindChangeReplacesTheWidget();
    void orderChangeReordersFields();
    void typedValuesAndFocusSurviveUnrelatedEdit();
    void valuesReturnsWhatWasTyped();
    void secretsAreNotPrefilled();
    void revealToggleShowsPassword();
    void setValuesFillsFieldsIncludingLaterOnes();
    void connectButtonEmitsConnectRequested();
    void requiredMarkerAndAccessibleNames();
    void cardPaintsThePanelDrawnAtItsSize_data();
    void cardPaintsThePanelDrawnAtItsSize();
};

void TestPreview::defaultTypes_data()
{
    QTest::addColumn<AuthType>("type");
    QTest::addColumn<QList<ExpectedField>>("fields");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("subtitle");

    const ExpectedField connectionName{QStringLiteral("connection_name"), QStringLiteral("QLineEdit"), false};
    const QString connect = QStringLiteral("Connect");
    QTest::newRow("oauth2_authorization_code")
        << AuthType::OAuth2AuthorizationCode << QList<ExpectedField>{connectionName}
        << QStringLiteral("Sign in to Acme CRM") << QStringLiteral("Sign in with your Acme CRM account");
    QTest::newRow("oauth2_authorization_code_pkce")
        << AuthType::OAuth2AuthorizationCodePkce << QList<ExpectedField>{connectionName}
        << QStringLiteral("Sign in to Acme CRM") << QStringLiteral("Sign in with your Acme CRM account");
    QTest::newRow("oauth2_client_credentials")
        << AuthType::OAuth2ClientCredentials << QList<ExpectedField>{connectionName} << connect << QString();
    QTest::newRow("basic") << AuthType::Basic
                           << QList<ExpectedField>{{QStringLiteral("username"), QStringLiteral("QLineEdit"), false},
                                                   {QStringLiteral("password"), QStringLiteral("QLineEdit"), true},
                                                   connectionName}
                           << connect << QString();
    QTest::newRow("api_key") << AuthType::ApiKey
                             << QList<ExpectedField>{{QStringLiteral("api_key"), QStringLiteral("QLineEdit"), true},
                                                     connectionName}
                             << connect << QString();
    QTest::newRow("personal_access_token")
        << AuthType::PersonalAccessToken
        << QList<ExpectedField>{{QStringLiteral("personal_access_token"), QStringLiteral("QLineEdit"), true},
                                connectionName}
        << connect << QString();
    QTest::newRow("custom") << AuthType::Custom
                            << QList<ExpectedField>{{QStringLiteral("Authorization"), QStringLiteral("QLineEdit"),
                                                     true}}
                            << connect << QString();
    QTest::newRow("none") << AuthType::None << QList<ExpectedField>{} << connect << QString();
}

void TestPreview::defaultTypes()
{
    QFETCH(AuthType, type);
    QFETCH(QList<ExpectedField>, fields);
    QFETCH(QString, button);
    QFETCH(QString, subtitle);

    const ConnectorDefinition def = ConnectorDefinition::create(type, QStringLiteral("Acme CRM"));
    PreviewForm form;
    form.setDefinition(def);

    QStringList expectedNames;
    for (const ExpectedField &f : fields)
        expectedNames.append(QLatin1String("preview_") + f.name);
    QCOMPARE(editorNames(form), expectedNames);

    for (const ExpectedField &f : fields) {
        QWidget *editor = form.findChild<QWidget *>(QLatin1String("preview_") + f.name);
        QVERIFY2(editor, qPrintable(f.name));
        QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), f.widgetClass);
        const Property *p = def.property(f.name);
        QVERIFY(p);
        QCOMPARE(editor->accessibleName(), p->displayName);
        auto *label = form.findChild<QLabel *>(QLatin1String("previewLabel_") + f.name);
        QVERIFY(label);
        QCOMPARE(label->text(), p->displayName);
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            QCOMPARE(edit->echoMode() == QLineEdit::Password, f.masked);
    }
    // Nothing else is asked: no other preview_ widget exists.
    const auto all = form.findChildren<QWidget *>(QRegularExpression(QStringLiteral("^preview_")));
    for (QWidget *w : all)
        QVERIFY2(expectedNames.contains(w->objectName()), qPrintable(w->objectName()));

    auto *connectButton = form.findChild<QPushButton *>(QStringLiteral("previewConnect"));
    QVERIFY(connectButton);
    QCOMPARE(connectButton->text(), button);
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("previewTitle"))->text(), QStringLiteral("Acme CRM"));
    if (!subtitle.isEmpty())
        QCOMPARE(form.findChild<QLabel *>(QStringLiteral("previewSubtitle"))->text(), subtitle);
}

void TestPreview::noneSaysNoCredentials()
{
    PreviewForm form;
    form.setDefinition(ConnectorDefinition::create(AuthType::None, QStringLiteral("Weather")));
    form.show();
    auto *notice = form.findChild<QLabel *>(QStringLiteral("previewNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("needs no credentials")), qPrintable(notice->text()));
    QVERIFY(form.fieldEditors().isEmpty());
    QVERIFY(form.values().isEmpty());
}

void TestPreview::oauthWithoutFieldsSaysWhereTheRedirectGoes()
{
    ConnectorDefinition def =
        ConnectorDefinition::create(AuthType::OAuth2AuthorizationCodePkce, QStringLiteral("Acme CRM"));
    def.property(PropertyNames::ConnectionName)->askUser = false;
    def.property(PropertyNames::AuthorizationUrl)->value = QStringLiteral("https://login.acme.test/oauth/authorize");
    PreviewForm form;
    form.setDefinition(def);
    form.show();
    QVERIFY(form.fieldEditors().isEmpty());
    auto *notice = form.findChild<QLabel *>(QStringLiteral("previewNotice"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("You will be redirected to login.acme.test to sign in."));

    // A variable in the host (tenant) is never shown raw: a hint while the end user has not typed it,
    // then what they typed.
    def.property(PropertyNames::AuthorizationUrl)->value = QStringLiteral("https://{tenant}.acme.test/authorize");
    Property tenant;
    tenant.name = QStringLiteral("tenant");
    tenant.displayName = QStringLiteral("Tenant");
    tenant.askUser = true;
    def.properties.append(tenant);
    form.setDefinition(def);
    QCOMPARE(notice->text(), QStringLiteral("You will be redirected to your-tenant.acme.test to sign in."));
    QCOMPARE(form.fieldEditors().size(), 1);
    auto *tenantEdit = qobject_cast<QLineEdit *>(form.fieldEditors().constFirst());
    QVERIFY(tenantEdit);
    QTest::keyClicks(tenantEdit, QStringLiteral("globex"));
    QCOMPARE(notice->text(), QStringLiteral("You will be redirected to globex.acme.test to sign in."));
    def.properties.removeLast();

    ConnectorDefinition cc = ConnectorDefinition::create(AuthType::OAuth2ClientCredentials, QStringLiteral("Acme CRM"));
    cc.property(PropertyNames::ConnectionName)->askUser = false;
    form.setDefinition(cc);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("nothing to enter")), qPrintable(notice->text()));
    QCOMPARE(form.findChild<QPushButton *>(QStringLiteral("previewConnect"))->text(), QStringLiteral("Connect"));
}

void TestPreview::displayNameEditUpdatesLabelInPlace()
{
    ConnectorDefinition def = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Acme CRM"));
    PreviewForm form;
    form.setDefinition(def);
    QWidget *before = form.findChild<QWidget *>(QStringLiteral("preview_api_key"));
    QVERIFY(before);

    def.property(PropertyNames::ApiKey)->displayName = QStringLiteral("Acme secret key");
    def.property(PropertyNames::ApiKey)->hint = QStringLiteral("Find it under Settings › Developer.");
    form.setDefinition(def);

    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("previewLabel_api_key"))->text(),
             QStringLiteral("Acme secret key"));
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("previewHint_api_key"))->text(),
             QStringLiteral("Find it under Settings › Developer."));
    QWidget *after = form.findChild<QWidget *>(QStringLiteral("preview_api_key"));
    QCOMPARE(after, before); // updated in place, not rebuilt
    QCOMPARE(after->accessibleName(), QStringLiteral("Acme secret key"));

    def.displayName = QStringLiteral("Acme Sales");
    form.setDefinition(def);
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("previewTitle"))->text(), QStringLiteral("Acme Sales"));
}

void TestPreview::toggleAskUserAddsAndRemovesField()
{
    ConnectorDefinition def =
        ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode, QStringLiteral("Acme CRM"));
    PreviewForm form;
    form.setDefinition(def);
    QVERIFY(!form.findChild<QWidget *>(QStringLiteral("preview_scope")));

    def.property(PropertyNames::Scope)->askUser = true;
    form.setDefinition(def);
    QCOMPARE(editorNames(form),
             (QStringList{QStringLiteral("preview_scope"), QStringLiteral("preview_connection_name")}));

    def.property(PropertyNames::Scope)->askUser = false;
    form.setDefinition(def);
    QVERIFY(!form.findChild<QWidget *>(QStringLiteral("preview_scope")));
    QCOMPARE(editorNames(form), QStringList{QStringLiteral("preview_connection_name")});
}

void TestPreview::kindsRenderAsTheRightWidgets()
{
    ConnectorDefinition def = ConnectorDefinition::create(AuthType::Custom, QStringLiteral("Acme CRM"));
    Property region = extraProperty(QStringLiteral("region"), QStringLiteral("Region"), InputKind::Choice, 2);
    region.choices = {QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("ap")};
    region.value = QStringLiteral("us");
    Property scopes = extraProperty(QStringLiteral("scopes"), QStringLiteral("Permissions"), InputKind::MultiChoice, 3);
    scopes.choices = {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")};
    scopes.value = QStringLiteral("read write");
    Property sandbox =
        extraProperty(QStringLiteral("sandbox"), QStringLiteral("Use the sandbox"), InputKind::Boolean, 4);
    sandbox.value = QStringLiteral("true");
    Property notes = extraProperty(QStringLiteral("notes"), QStringLiteral("Notes"), InputKind::MultiLineText, 5);
    Property timeout = extraProperty(QStringLiteral("timeout"), QStringLiteral("Timeout"), InputKind::Number, 6);
    Property site = extraProperty(QStringLiteral("site"), QStringLiteral("Site URL"), InputKind::Url, 7);
    def.properties << region << scopes << sandbox << notes << timeout << site;

    PreviewForm form;
    form.setDefinition(def);
    QCOMPARE(editorNames(form).size(), 7);

    auto *combo = form.findChild<QComboBox *>(QStringLiteral("preview_region"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), QStringLiteral("us"));

    auto *list = form.findChild<QListWidget *>(QStringLiteral("preview_scopes"));
    QVERIFY(list);
    QCOMPARE(list->count(), 3);
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(list->item(i)->flags() & Qt::ItemIsUserCheckable);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);
    list->item(2)->setCheckState(Qt::Checked);
    list->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(form.values().value(QStringLiteral("scopes")), QStringLiteral("write admin"));

    auto *check = form.findChild<QCheckBox *>(QStringLiteral("preview_sandbox"));
    QVERIFY(check);
    QVERIFY(check->isChecked());
    QCOMPARE(check->text(), QStringLiteral("Use the sandbox"));
    check->setChecked(false);
    QCOMPARE(form.values().value(QStringLiteral("sandbox")), QStringLiteral("false"));

    QVERIFY(form.findChild<QPlainTextEdit *>(QStringLiteral("preview_notes")));

    auto *number = form.findChild<QLineEdit *>(QStringLiteral("preview_timeout"));
    QVERIFY(number);
    QVERIFY(number->validator());
    QTest::keyClicks(number, QStringLiteral("4x2"));
    QCOMPARE(number->text(), QStringLiteral("42")); // the validator refuses letters

    // Choices edited by the author update the combo box in place, keeping the selection.
    def.property(u"region")->choices.append(QStringLiteral("sa"));
    form.setDefinition(def);
    QCOMPARE(form.findChild<QComboBox *>(QStringLiteral("preview_region")), combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentText(), QStringLiteral("us"));
}

void TestPreview::kindChangeReplacesTheWidget()
{
    ConnectorDefinition def = ConnectorDefinition::create(AuthType::Basic, QStringLiteral("Acme CRM"));
    PreviewForm form;
    form.setDefinition(def);
    QVERIFY(form.findChild<QLineEdit *>(QStringLiteral("preview_username")));

    Property *user = def.property(PropertyNames::Username);
    user->inputKind = InputKind::Choice;
    user->choices = {QStringLiteral("alice"), QStringLiteral("bob")};
    form.setDefinition(def);
    QVERIFY(!form.findChild<QLineEdit *>(QStringLiteral("preview_username")));
    auto *combo = form.findChild<QComboBox *>(QStringLiteral("preview_username"));
    QVERIFY(combo);
    QCOMPARE(editorNames(form).first(), QStringLiteral("preview_username"));
}

void TestPreview::orderChangeReordersFields()
{
    ConnectorDefinition def = ConnectorDefinition::create(AuthType::Basic, QStringLiteral("Acme CRM"));
    PreviewForm form;
    form.setDefinition(def);
    QCOMPARE(editorNames(form), (QStringList{QStringLiteral("preview_username"), QStringLiteral("preview_password"),
                                             QStringLiteral("preview_connection_name")}));
    def.property(PropertyNames::ConnectionName)->order = 0;
    form.setDefinition(def);
    QCOMPARE(editorNames(form), (QStringList{QStringLiteral("preview_connection_name"),
                                             QStringLiteral("preview_username"), QStringLiteral("preview_password")}));
}

void TestPreview::typedValuesAndFocusSurviveUnrelatedEdit()
{
    ConnectorDefinition def = ConnectorDefinition::create(AuthType::Basic, QStringLiteral("Acme CRM"));
    PreviewForm form;
    form.setDefinition(def);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QApplication::setActiveWindow(&form);

    auto *user = form.findChild<QLineEdit *>(QStringLiteral("preview_username"));
    user->setFocus();
    QTest::keyClicks(user, QStringLiteral("alice"));
    auto *password = form.findChild<QLineEdit *>(QStringLiteral("preview_password"));
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    user->setFocus();
    QTRY_VERIFY(user->hasFocus());

    // Unrelated edits: the password hint, the connector name, a new non-asked property.
    def.property(PropertyNames::Password)->hint = QStringLiteral("Your Acme password.");
    form.setDefinition(def);
    def.displayName = QStringLiteral("Acme CRM EU");
    def.properties.append(extraProperty(QStringLiteral("tenant"), QStringLiteral("Tenant"), InputKind::Text, 9));
    def.properties.last().askUser = false;
    form.setDefinition(def);

    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("preview_username")), user);
    QCOMPARE(user->text(), QStringLiteral("alice"));
    QCOMPARE(password->text(), QStringLiteral("s3cret"));
    QVERIFY(user->hasFocus());

    // A changed default does not overwrite what was typed, but does fill an untouched field.
    def.property(PropertyNames::Username)->value = QStringLiteral("default-user");
    def.property(PropertyNames::ConnectionName)->value = QStringLiteral("Acme production");
    form.setDefinition(def);
    QCOMPARE(user->text(), QStringLiteral("alice"));
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("preview_connection_name"))->text(),
             QStringLiteral("Acme production"));
}

void TestPreview::valuesReturnsWhatWasTyped()
{
    PreviewForm form;
    form.setDefinition(ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Acme CRM")));
    QVERIFY(form.values().isEmpty()); // empty fields are left out, so the request shows placeholders
    QSignalSpy spy(&form, &PreviewForm::valuesChanged);
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("preview_api_key")), QStringLiteral("k-123"));
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("preview_connection_name")), QStringLiteral("Mine"));
    QVERIFY(spy.count() >= 2);
    const QHash<QString, QString> expected{{QStringLiteral("api_key"), QStringLiteral("k-123")},
                                           {QStringLiteral("connection_name"), QStringLiteral("Mine")}};
    QCOMPARE(form.values(), expected);
}

void TestPreview::secretsAreNotPrefilled()
{
    ConnectorDefinition def = ConnectorDefinition::create(AuthType::ApiKey, QStringLiteral("Acme CRM"));
    def.property(PropertyNames::ApiKey)->value = QStringLiteral("sk-live-author-value");
    def.property(PropertyNames::ConnectionName)->value = QStringLiteral("Production");
    PreviewForm form;
    form.setDefinition(def);
    auto *key = form.findChild<QLineEdit *>(QStringLiteral("preview_api_key"));
    QCOMPARE(key->text(), QString());
    QVERIFY(!key->placeholderText().isEmpty());
    QVERIFY(!key->placeholderText().contains(QStringLiteral("sk-live")));
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("preview_connection_name"))->text(),
             QStringLiteral("Production"));
    QVERIFY(!form.values().contains(QStringLiteral("api_key")));

    // Making a prefilled field secret clears the shown default.
    def.property(PropertyNames::ConnectionName)->secret = true;
    form.setDefinition(def);
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("preview_connection_name"))->text(), QString());
}

void TestPreview::revealToggleShowsPassword()
{
    PreviewForm form;
    form.setDefinition(ConnectorDefinition::create(AuthType::PersonalAccessToken, QStringLiteral("Acme CRM")));
    auto *token = form.findChild<QLineEdit *>(QStringLiteral("preview_personal_access_token"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    auto *reveal = token->findChild<QAction *>(QStringLiteral("preview_personal_access_token_reveal"));
    QVERIFY(reveal);
    reveal->trigger();
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(token->echoMode(), QLineEdit::Password);
}

void TestPreview::setValuesFillsFieldsIncludingLaterOnes()
{
    ConnectorDefinition def =
        ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode, QStringLiteral("Acme CRM"));
    PreviewForm form;
    form.setDefinition(def);
    QSignalSpy spy(&form, &PreviewForm::valuesChanged);
    form.setValues({{QStringLiteral("connection_name"), QStringLiteral("Saved")},
                    {QStringLiteral("scope"), QStringLiteral("read")}});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("preview_connection_name"))->text(), QStringLiteral("Saved"));

    def.property(PropertyNames::Scope)->askUser = true;
    form.setDefinition(def);
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("preview_scope"))->text(), QStringLiteral("read"));
    QCOMPARE(form.values().value(QStringLiteral("scope")), QStringLiteral("read"));
}

void TestPreview::connectButtonEmitsConnectRequested()
{
    PreviewForm form;
    form.setDefinition(ConnectorDefinition::create(AuthType::OAuth2AuthorizationCode, QStringLiteral("Acme CRM")));
    form.show();
    QSignalSpy spy(&form, &PreviewForm::connectRequested);
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("previewConnect")), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
}

void TestPreview::requiredMarkerAndAccessibleNames()
{
    PreviewForm form;
    form.setDefinition(ConnectorDefinition::create(AuthType::Basic, QStringLiteral("Acme CRM")));
    form.show();
    auto *password = form.findChild<QLineEdit *>(QStringLiteral("preview_password"));
    QCOMPARE(password->accessibleName(), QStringLiteral("Password"));
    QVERIFY2(password->accessibleDescription().startsWith(QStringLiteral("Required")),
             qPrintable(password->accessibleDescription()));
    auto *name = form.findChild<QLineEdit *>(QStringLiteral("preview_connection_name"));
    QVERIFY(!name->accessibleDescription().startsWith(QStringLiteral("Required"))); // optional field
    // The visible "*" marker sits next to required labels only.
    auto *label = form.findChild<QLabel *>(QStringLiteral("previewLabel_password"));
    QCOMPARE(label->buddy(), password);
    int visibleMarkers = 0;
    for (QLabel *l : form.findChildren<QLabel *>()) {
        if (l->text() == QStringLiteral("*") && l->isVisible())
            ++visibleMarkers;
    }
    QCOMPARE(visibleMarkers, 2); // username and password
}

void TestPreview::cardPaintsThePanelDrawnAtItsSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::addColumn<bool>("cut"); // false: the card draws its panel directly
    for (qreal ratio : {1.0, 2.0, 1.5}) {
        const QByteArray at = " at " + QByteArray::number(ratio) + "x";
        const bool whole = ratio != 1.5; // a logical line is a whole number of pixels
        QTest::newRow(QByteArray("the smallest cut" + at).constData()) << QSize(29, 29) << ratio << whole;
        QTest::newRow(QByteArray("one line more" + at).constData()) << QSize(30, 30) << ratio << whole;
        QTest::newRow(QByteArray("the preview's" + at).constData()) << QSize(420, 700) << ratio << whole;
        QTest::newRow(QByteArray("wide and low" + at).constData()) << QSize(611, 97) << ratio << whole;
        QTest::newRow(QByteArray("too small to cut" + at).constData()) << QSize(20, 12) << ratio << false;
    }
}

void TestPreview::cardPaintsThePanelDrawnAtItsSize()
{
    // The card cuts a small picture of the panel into nine parts; the result must be exactly the
    // panel drawn at the card's size, over a background that shows every translucent pixel.
    QFETCH(QSize, size);
    QFETCH(qreal, ratio);
    QFETCH(bool, cut);
    const auto canvas = [&]() {
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(QColor(0x40, 0x80, 0x20));
        return image;
    };
    PreviewCard card;
    card.resize(size);
    QImage painted = canvas();
    {
        QPainter painter(&painted);
        card.paintPanel(painter);
    }
    // The panel drawn at the card's size onto a transparent picture, which is then drawn over the
    // background, as the nine parts are.
    QImage panel(size * ratio, QImage::Format_ARGB32_Premultiplied);
    panel.setDevicePixelRatio(ratio);
    panel.fill(Qt::transparent);
    {
        QPainter painter(&panel);
        PreviewCard::paintPanel(painter, size, card.palette());
    }
    QImage expected = canvas();
    {
        QPainter painter(&expected);
        painter.drawImage(QPoint(0, 0), panel);
    }
    if (cut) {
        QCOMPARE(painted, expected);
    } else {
        // Drawn directly: the translucent shadow straight onto the background rounds a few pixels
        // differently, by at most two levels in 255.
        QCOMPARE(painted.size(), expected.size());
        int worst = 0;
        for (int y = 0; y < painted.height(); ++y) {
            for (int x = 0; x < painted.width(); ++x) {
                const QColor a = painted.pixelColor(x, y);
                const QColor b = expected.pixelColor(x, y);
                worst = std::max({worst, std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                                  std::abs(a.blue() - b.blue()), std::abs(a.alpha() - b.alpha())});
            }
        }
        QVERIFY2(worst <= 2, qPrintable(QStringLiteral("%1 levels off").arg(worst)));
    }
    // Not the background alone: the panel is there.
    QCOMPARE(painted.pixelColor(painted.width() / 2, painted.height() / 2), card.palette().color(QPalette::Base));
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
