#pragma once

#include <QCoreApplication>
#include <QString>

namespace cad::DisplayText {

/// A display name as it reads inside a sentence: English writes "your client secret" and "your
/// personal access token", so the first letter becomes lower-case, unless the second is upper-case
/// too ("API key" stays). Languages that capitalise nouns keep the name as it is: their translation
/// answers "no" below (the message keeps its original context so that existing translations apply).
[[nodiscard]] inline QString inSentence(const QString &name)
{
    const bool lowerCase =
        QCoreApplication::translate("cad::OriginConfirmation", "yes",
                                    "Show a secret's name with a lower-case first letter in the "
                                    "sentences below? Translate as yes or no.") == QLatin1String("yes");
    QString what = name;
    if (lowerCase && what.size() > 1 && what.at(0).isUpper() && what.at(1).isLower())
        what[0] = what.at(0).toLower();
    return what;
}

/// Text as the start of a sentence: the first letter upper-case ("the base URL is empty" ->
/// "The base URL is empty"), for rule messages written as sentence parts.
[[nodiscard]] inline QString sentenceStart(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace cad::DisplayText
