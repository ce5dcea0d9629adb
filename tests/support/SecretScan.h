#pragma once

// Test helper: proves that secret values did not leak into files or exported bytes.
//
//   cad::test::filesContaining(dir, secrets)  -> files under dir (recursively, hidden ones too)
//                                                that contain any secret
//   cad::test::textContaining(bytes, secrets) -> the secrets found in bytes
//   cad::test::findLeaks(...)                 -> the same with the place and the form found, for
//                                                failure messages
//
// A secret counts as found in any of these forms: UTF-8, UTF-16LE, percent-encoded (upper- or
// lower-case hex, '+' or %20 for spaces), JSON-escaped, Base64 and Base64url (with or without
// padding, and at any alignment inside a longer Base64 text such as "Basic base64(id:secret)").
// Empty secrets are ignored; secrets shorter than 4 characters are searched in their plain forms only.
// Only regular files are read (sockets and FIFOs have no content); symbolic links are not followed.
// A regular file that cannot be read is reported as a leak (it cannot be proven clean).

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtEndian>

namespace cad::test {

struct Leak
{
    QString where;  ///< file path, or empty for in-memory text
    QString secret; ///< the secret value found
    QString form;   ///< "plain", "UTF-16LE", "percent-encoded", "Base64", ...
};

namespace detail {

struct Needle
{
    QByteArray bytes;
    QString form;
};

inline QByteArray lowerPercentHex(const QByteArray &encoded)
{
    QByteArray out = encoded;
    for (qsizetype i = 0; i + 2 < out.size(); ++i) {
        if (out.at(i) != '%')
            continue;
        for (qsizetype j = i + 1; j <= i + 2; ++j) {
            if (out.at(j) >= 'A' && out.at(j) <= 'F')
                out[j] = static_cast<char>(out.at(j) - 'A' + 'a');
        }
        i += 2;
    }
    return out;
}

// The part of the Base64 text of `utf8` that stays the same whatever bytes precede or follow it,
// for each of the three alignments; very short middles are dropped (they would match noise).
inline void addBase64Needles(QList<Needle> &needles, const QByteArray &utf8, QByteArray::Base64Options options,
                             const QString &form)
{
    needles.append({utf8.toBase64(options), form});
    needles.append({utf8.toBase64(options | QByteArray::OmitTrailingEquals), form});
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray padded = QByteArray(shift, '\0') + utf8;
        const QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
        // Drop the first group when it mixes prefix bytes, and the last, partial group.
        const qsizetype begin = shift == 0 ? 0 : 4;
        const qsizetype fullGroups = padded.size() / 3;
        const qsizetype end = fullGroups * 4;
        if (end - begin >= 8)
            needles.append({encoded.mid(begin, end - begin), form});
    }
}

inline QList<Needle> needlesFor(const QString &secret)
{
    QList<Needle> needles;
    const QByteArray utf8 = secret.toUtf8();
    needles.append({utf8, QStringLiteral("plain")});

    QByteArray utf16le;
    utf16le.reserve(secret.size() * 2);
    for (const QChar c : secret) {
        char bytes[2];
        qToLittleEndian<quint16>(c.unicode(), bytes);
        utf16le.append(bytes, 2);
    }
    needles.append({utf16le, QStringLiteral("UTF-16LE")});

    const QByteArray percent = QUrl::toPercentEncoding(secret);
    if (percent != utf8) {
        needles.append({percent, QStringLiteral("percent-encoded")});
        needles.append({lowerPercentHex(percent), QStringLiteral("percent-encoded")});
        QByteArray form = percent;
        form.replace("%20", "+");
        needles.append({form, QStringLiteral("form-encoded")});
    }

    QByteArray json = utf8;
    json.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
    if (json != utf8) {
        needles.append({json, QStringLiteral("JSON-escaped")});
        needles.append({QByteArray(json).replace("\\/", "/"), QStringLiteral("JSON-escaped")});
    }

    if (secret.size() >= 4) {
        addBase64Needles(needles, utf8, QByteArray::Base64Encoding, QStringLiteral("Base64"));
        addBase64Needles(needles, utf8, QByteArray::Base64UrlEncoding, QStringLiteral("Base64url"));
    }
    return needles;
}

} // namespace detail

/// Every secret of `secrets` found in `data`, with the form it was found in (one entry per secret).
[[nodiscard]] inline QList<Leak> findLeaks(const QByteArray &data, const QStringList &secrets,
                                           const QString &where = QString())
{
    QList<Leak> leaks;
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        for (const detail::Needle &needle : detail::needlesFor(secret)) {
            if (!needle.bytes.isEmpty() && data.contains(needle.bytes)) {
                leaks.append({where, secret, needle.form});
                break;
            }
        }
    }
    return leaks;
}

/// Every leak in the regular files under `dir` (recursively, hidden files included).
[[nodiscard]] inline QList<Leak> findLeaksInDir(const QString &dir, const QStringList &secrets)
{
    QList<Leak> leaks;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isSymLink() || !info.isFile())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            leaks.append({path, QString(), QStringLiteral("unreadable: ") + file.errorString()});
            continue;
        }
        leaks.append(findLeaks(file.readAll(), secrets, path));
    }
    return leaks;
}

/// The files under `dir` (recursively, hidden files included) that contain any of `secrets` in
/// plain, percent-encoded, JSON-escaped or Base64 form, in UTF-8 or UTF-16LE.
[[nodiscard]] inline QStringList filesContaining(const QString &dir, const QStringList &secrets)
{
    QStringList files;
    for (const Leak &leak : findLeaksInDir(dir, secrets)) {
        if (!files.contains(leak.where))
            files.append(leak.where);
    }
    return files;
}

/// The secrets of `secrets` that occur in `data` in any of the forms filesContaining() knows.
[[nodiscard]] inline QStringList textContaining(const QByteArray &data, const QStringList &secrets)
{
    QStringList found;
    for (const Leak &leak : findLeaks(data, secrets))
        found.append(leak.secret);
    return found;
}

/// "file: secret as form" lines, for QVERIFY2 messages.
[[nodiscard]] inline QString describe(const QList<Leak> &leaks)
{
    QStringList lines;
    for (const Leak &leak : leaks)
        lines.append((leak.where.isEmpty() ? QStringLiteral("<data>") : leak.where) + QStringLiteral(": ") +
                     leak.secret + QStringLiteral(" as ") + leak.form);
    return lines.join(QLatin1Char('\n'));
}

} // namespace cad::test
