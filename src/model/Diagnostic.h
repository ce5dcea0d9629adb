#pragma once

#include <QList>
#include <QString>

namespace cad {

/// One validation finding, with the JSON path of the offending value and a hint that says
/// what to do. Errors make a definition invalid; warnings do not.
struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning,
    };

    Severity severity = Severity::Error;
    QString path;           ///< JSON path, e.g. "authentication.properties[3].sendAs.location"
    QString message;        ///< what is wrong
    QString hint;           ///< what to do
    int propertyIndex = -1; ///< row in the properties table, or -1
    QString field;          ///< property field ("name", "value", "sendAs.key", ...) or connector field
    /// A proposed correction: the new text of (propertyIndex, field); empty when there is none.
    QString fixValue;
    /// What applying fixValue does, for a button or menu ("Send the typed value as Bearer {value}").
    QString fixLabel;
    /// The lint rule that found it ("pkce-plain"), or empty for the rules every design must meet.
    QString rule;

    [[nodiscard]] bool hasFix() const { return !fixLabel.isEmpty(); }

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    /// "PATH: message (hint)"
    [[nodiscard]] QString toString() const;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

[[nodiscard]] bool hasErrors(const Diagnostics &diagnostics);

} // namespace cad
