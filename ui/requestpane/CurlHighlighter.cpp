#include "requestpane/CurlHighlighter.h"

namespace cad {

CurlHighlighter::CurlHighlighter(QTextDocument *document, bool darkBackground)
    : QSyntaxHighlighter(document)
{
    buildRules(darkBackground);
}

void CurlHighlighter::setDarkBackground(bool dark)
{
    buildRules(dark);
    rehighlight();
}

void CurlHighlighter::buildRules(bool dark)
{
    auto format = [](const QColor &color, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(color);
        if (bold)
            f.setFontWeight(QFont::Bold);
        return f;
    };
    const QColor command = dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7b, 0x1f, 0xa2);
    const QColor option = dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x5f, 0xb4);
    const QColor string = dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
    const QColor placeholder = dark ? QColor(0xff, 0xcb, 0x6b) : QColor(0xb2, 0x5b, 0x00);
    const QColor mask = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    const QColor muted = dark ? QColor(0x80, 0x80, 0x80) : QColor(0x9e, 0x9e, 0x9e);

    QTextCharFormat placeholderFormat = format(placeholder, true);
    placeholderFormat.setBackground(dark ? QColor(0x4a, 0x3b, 0x10) : QColor(0xff, 0xf3, 0xe0));

    // Later rules win where they overlap: placeholders and masks inside strings stay visible.
    m_rules = {
        {QRegularExpression(QStringLiteral("^\\s*(curl)\\b")), format(command, true), 1},
        {QRegularExpression(QStringLiteral("(?:^|\\s)(--?[A-Za-z][A-Za-z0-9-]*)")), format(option), 1},
        {QRegularExpression(QStringLiteral("'[^']*'")), format(string), 0},
        {QRegularExpression(QStringLiteral("\\{[A-Za-z_][A-Za-z0-9_.-]*\\}")), placeholderFormat, 0},
        {QRegularExpression(QStringLiteral("\u2022+")), format(mask, true), 0},
        {QRegularExpression(QStringLiteral("\\\\$")), format(muted), 0},
    };
}

void CurlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.format);
        }
    }
}

} // namespace cad
