// Self-test of tests/support/SecretScan.h: a leak scanner that finds nothing proves nothing, so
// every form it claims to detect is planted here and must be found.
#include "support/SecretScan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cad::test;

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    file.write(data);
}

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        out.append(static_cast<char>(c.unicode() & 0xff));
        out.append(static_cast<char>(c.unicode() >> 8));
    }
    return out;
}
} // namespace

class tst_SecretScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEveryForm_data();
    void findsEveryForm();
    void basicHeaderAtAnyAlignment_data();
    void basicHeaderAtAnyAlignment();
    void cleanTextIsClean();
    void walksHiddenFoldersAndReportsOnlyLeakingFiles();
    void ignoresEmptySecrets();
};

void tst_SecretScan::findsEveryForm_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("data");

    const QString s = QStringLiteral("s3cr€t value/with+sign&more");
    const QByteArray percent = QUrl::toPercentEncoding(s);
    QTest::newRow("plain UTF-8") << s << (QByteArray("prefix ") + s.toUtf8() + " suffix");
    QTest::newRow("UTF-16LE") << s << (utf16le(QStringLiteral("x=")) + utf16le(s) + utf16le(QStringLiteral(";")));
    QTest::newRow("percent-encoded") << s << (QByteArray("client_secret=") + percent + "&x=1");
    QTest::newRow("percent-encoded lower-case hex") << s << (QByteArray("a=") + percent.toLower());
    QTest::newRow("form-encoded") << s << (QByteArray("a=") + QByteArray(percent).replace("%20", "+"));
    QTest::newRow("Base64") << s << (QByteArray("{\"v\":\"") + s.toUtf8().toBase64() + "\"}");
    QTest::newRow("Base64url") << s
                               << (QByteArray("token.") +
                                   s.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("JSON-escaped") << QStringLiteral("quote\"and\\backslash")
                                  << QByteArray("{\"client_secret\":\"quote\\\"and\\\\backslash\"}");
}

void tst_SecretScan::findsEveryForm()
{
    QFETCH(QString, secret);
    QFETCH(QByteArray, data);
    QCOMPARE(textContaining(data, {QStringLiteral("unrelated-secret"), secret}), QStringList{secret});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("export.bin")), data);
    QCOMPARE(filesContaining(dir.path(), {secret}), QStringList{dir.filePath(QStringLiteral("export.bin"))});
}

void tst_SecretScan::basicHeaderAtAnyAlignment_data()
{
    QTest::addColumn<QString>("clientId");
    // The secret starts at each of the three offsets modulo 3 inside the Base64 text.
    QTest::newRow("offset 0") << QStringLiteral("ab");
    QTest::newRow("offset 1") << QStringLiteral("abc");
    QTest::newRow("offset 2") << QStringLiteral("abcd");
}

void tst_SecretScan::basicHeaderAtAnyAlignment()
{
    QFETCH(QString, clientId);
    const QString secret = QStringLiteral("Very-Secret-Client-Secret-123");
    const QByteArray header = "Authorization: Basic " + (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
    QCOMPARE(textContaining(header, {secret}), QStringList{secret});
}

void tst_SecretScan::cleanTextIsClean()
{
    const QString secret = QStringLiteral("Very-Secret-Client-Secret-123");
    const QByteArray text = "client_id=abc&client_secret=" + QByteArray("••••••") + "&scope=openid Very-Secret";
    QVERIFY(textContaining(text, {secret}).isEmpty());
    QVERIFY(textContaining(QByteArray(), {secret}).isEmpty());
}

void tst_SecretScan::walksHiddenFoldersAndReportsOnlyLeakingFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString secret = QStringLiteral("refresh-7f3a9c1e5b");
    const QString hidden = dir.filePath(QStringLiteral(".config/.cache-x/.state"));
    const QString deep = dir.filePath(QStringLiteral("a/b/c/d/autosave.json"));
    writeFile(hidden, "token=" + secret.toUtf8());
    writeFile(deep, "{\"t\":\"" + secret.toUtf8().toBase64() + "\"}");
    writeFile(dir.filePath(QStringLiteral("clean.txt")), "nothing to see");
    writeFile(dir.filePath(QStringLiteral(".clean")), "refresh-7f3a9c1e5");

    QStringList found = filesContaining(dir.path(), {secret});
    found.sort();
    QStringList expected{hidden, deep};
    expected.sort();
    QCOMPARE(found, expected);

    const QList<Leak> leaks = findLeaksInDir(dir.path(), {secret});
    QCOMPARE(leaks.size(), 2);
    QVERIFY(describe(leaks).contains(QStringLiteral("Base64")));
}

void tst_SecretScan::ignoresEmptySecrets()
{
    QVERIFY(textContaining("anything", {QString()}).isEmpty());
    // A short secret is still searched in its plain forms.
    QCOMPARE(textContaining("pin=1234;", {QStringLiteral("1234")}), QStringList{QStringLiteral("1234")});
}

QTEST_GUILESS_MAIN(tst_SecretScan)
#include "tst_secretscan.moc"
