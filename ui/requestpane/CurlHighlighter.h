#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace cad {

/// Colours a curl command: the curl word, options (--header), quoted strings, {placeholders},
/// masked secrets and line continuations. Picks light or dark colours from the document's palette.
class CurlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit CurlHighlighter(QTextDocument *document, bool darkBackground = false);

    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    void buildRules(bool dark);

    QList<Rule> m_rules;
};

} // namespace cad
