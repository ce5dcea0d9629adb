// The one redaction helper: known secrets and secret-carrying fields never reach text for people.
#include "core/Redactor.h"

#include <QTest>

using namespace cad;

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownSecretsInEveryEncoding()
    {
        Redactor r;
        r.addSecret(QStringLiteral("s3cr et/+"));
        const QString text = QStringLiteral("plain s3cr et/+ url s3cr%20et%2F%2B form s3cr+et%2F%2B b64 ") +
                             QString::fromLatin1(QByteArrayLiteral("s3cr et/+").toBase64());
        const QString out = r.redact(text);
        QVERIFY2(!out.contains(QStringLiteral("s3cr")), qPrintable(out));
        QCOMPARE(out.count(Redactor::Mask), 4);
    }

    void secretFieldsInJsonFormAndQuery()
    {
        const Redactor r;
        const QString json = r.redactFields(
            QStringLiteral("{\"access_token\": \"eyJabc\", \"token_type\":\"Bearer\", \"refresh_token\":\"r1\"}"));
        QVERIFY2(!json.contains(QStringLiteral("eyJabc")) && !json.contains(QStringLiteral("\"r1\"")),
                 qPrintable(json));
        QVERIFY(json.contains(QStringLiteral("Bearer")));
        const QString form =
            r.redactFields(QStringLiteral("grant_type=authorization_code&code=abc123&code_verifier=xyz&client_id=app"));
        QVERIFY2(!form.contains(QStringLiteral("abc123")) && !form.contains(QStringLiteral("xyz")), qPrintable(form));
        QVERIFY(form.contains(QStringLiteral("client_id=app")));
    }

    void headerValues()
    {
        QCOMPARE(Redactor::redactHeaderValue("Authorization", QStringLiteral("Bearer abc")),
                 QStringLiteral("Bearer ••••••"));
        QCOMPARE(Redactor::redactHeaderValue("X-Api-Key", QStringLiteral("k")), QStringLiteral("••••••"));
        QCOMPARE(Redactor::redactHeaderValue("Accept", QStringLiteral("application/json")),
                 QStringLiteral("application/json"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
