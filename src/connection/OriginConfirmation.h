#pragma once

#include "connection/CredentialDestinations.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cad {

/// A step of the connection would send stored secrets to origins they were not saved for: the
/// author must say yes first. The designer shows it as a dialog; nothing is sent until then.
struct OriginConfirmation
{
    enum class Step
    {
        Connect,
        Test,
        Refresh,
        Disconnect,
    };

    Step step = Step::Connect;
    QList<CredentialUse> uses;        ///< the secret-to-origin pairs not yet allowed
    QHash<QString, Origins> savedFor; ///< per secret: the origins it was saved or confirmed for

    [[nodiscard]] bool isEmpty() const { return uses.isEmpty(); }
    /// One sentence per secret: "This design would send your stored client secret to
    /// https://b.example; it was saved for https://a.example."
    [[nodiscard]] QStringList sentences() const;
    /// What happens on No, for the dialog's detail text.
    [[nodiscard]] QString consequence() const;
};

} // namespace cad

Q_DECLARE_METATYPE(cad::OriginConfirmation)
