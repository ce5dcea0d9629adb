#include "connection/OriginConfirmation.h"

#include "core/DisplayText.h"

#include <QCoreApplication>

namespace cad {

QStringList OriginConfirmation::sentences() const
{
    QStringList names;
    QHash<QString, QString> display;
    QHash<QString, QStringList> targets;
    for (const CredentialUse &u : uses) {
        if (!names.contains(u.name))
            names.append(u.name);
        display.insert(u.name, u.displayName);
        const QString origin = u.origin.toString();
        if (!targets[u.name].contains(origin))
            targets[u.name].append(origin);
    }
    QStringList out;
    for (const QString &name : std::as_const(names)) {
        QStringList saved;
        for (const Origin &o : savedFor.value(name))
            saved.append(o.toString());
        // "your stored client secret"; "API key" stays as it is.
        const QString what = DisplayText::inSentence(display.value(name));
        const QString to = targets.value(name).join(QStringLiteral(", "));
        out.append(saved.isEmpty()
                       ? QCoreApplication::translate("cad::OriginConfirmation",
                                                     "This design would send your stored %1 to %2; it was saved "
                                                     "without a record of where it may go (by an earlier version).")
                             .arg(what, to)
                       : QCoreApplication::translate("cad::OriginConfirmation",
                                                     "This design would send your stored %1 to %2; it was saved for "
                                                     "%3.")
                             .arg(what, to, saved.join(QStringLiteral(", "))));
    }
    return out;
}

QString OriginConfirmation::consequence() const
{
    switch (step) {
    case Step::Disconnect:
        return QCoreApplication::translate("cad::OriginConfirmation",
                                           "If you say no, the tokens are deleted here without being revoked.");
    case Step::Connect:
    case Step::Test:
    case Step::Refresh:
        break;
    }
    return QCoreApplication::translate("cad::OriginConfirmation",
                                       "Allow it only if you trust this definition file. If you say no, nothing is "
                                       "sent; check the URLs in the design.");
}

} // namespace cad
