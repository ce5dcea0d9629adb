#include "cli/DiscoverCommand.h"

#include "cli/CommandSupport.h"
#include "exchange/Discovery.h"
#include "exchange/DiscoveryFetcher.h"
#include "io/DefinitionFile.h"
#include "model/Validator.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace cad::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cad::cli", text);
}

QString shown(const QString &value)
{
    return value.isEmpty() ? tr("(empty)") : value;
}

} // namespace

QString DiscoverCommand::summary() const
{
    return tr("Fill a design from the provider's OAuth / OpenID discovery document.");
}

int DiscoverCommand::run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("URL"), tr("The issuer (https://login.example.com) or its metadata URL (.../.well-known/...)."));
    const QCommandLineOption type({QStringLiteral("t"), QStringLiteral("type")},
                                  tr("Authentication type of a new design: %1. Default: what the document "
                                     "suggests (PKCE when it advertises S256, client credentials when it offers "
                                     "no authorization code grant).")
                                      .arg(authTypeIds().join(QStringLiteral(", "))),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the new design to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    const QCommandLineOption update(QStringLiteral("update"),
                                    tr("Change only the discovered fields of the design in FILE and print what "
                                       "changed."),
                                    QStringLiteral("FILE"));
    parser.addOptions({type, output, force, update});
    if (auto done = parseArguments(parser, arguments, summary(), io))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << tr("Give one issuer or metadata URL, such as: auth-designer-cli discover https://login.example.com")
               << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(update) && (parser.isSet(type) || parser.isSet(output))) {
        io.err << tr("--update changes the design in its file: it takes neither --type nor --output.") << Qt::endl;
        return ExitUsage;
    }
    std::optional<AuthType> authType;
    if (parser.isSet(type)) {
        authType = authTypeFromId(parser.value(type));
        if (!authType) {
            io.err << tr("Unknown authentication type \"%1\". Use one of: %2.")
                          .arg(parser.value(type), authTypeIds().join(QStringLiteral(", ")))
                   << Qt::endl;
            return ExitUsage;
        }
    }

    // The design to update is read first: a file that cannot be updated costs no network request.
    std::optional<ConnectorDefinition> current;
    const QString file = parser.value(update);
    if (!file.isEmpty()) {
        CheckedFile checked = readForChecks(file);
        if (!checked.definition) {
            printDiagnostics(file, checked.diagnostics, io);
            return checked.ioError ? ExitUsage : ExitInvalid;
        }
        if (!checked.diagnostics.isEmpty()) {
            io.err << tr("%1: not updated: the file has keys this version does not read, which writing it would drop")
                          .arg(file)
                   << Qt::endl;
            return ExitInvalid;
        }
        current = std::move(checked.definition);
    }

    QJsonObject metadata;
    QString error;
    {
        // The CLI's top-level loop: main() has not entered exec(), so this loop is not nested.
        DiscoveryFetcher fetcher;
        QEventLoop loop;
        QObject::connect(&fetcher, &DiscoveryFetcher::finished, &loop,
                         [&](const QJsonObject &document, const QString &reason) {
                             metadata = document;
                             error = reason;
                             loop.quit();
                         });
        fetcher.fetch(QUrl(positional.constFirst()));
        loop.exec();
        if (error.isEmpty())
            io.err << tr("Read %1.").arg(fetcher.documentUrl().toString(QUrl::RemoveUserInfo)) << Qt::endl;
    }
    if (!error.isEmpty()) {
        io.err << tr("Could not read the discovery document: %1.").arg(error) << Qt::endl;
        return ExitUsage;
    }

    if (!current) {
        const AuthType chosen = authType.value_or(Discovery::suggestedType(metadata));
        const ConnectorDefinition created = Discovery::create(metadata, chosen);
        io.err << tr("A new design of type %1.").arg(authTypeDisplayName(chosen)) << Qt::endl;
        for (const Diagnostic &d : Validator::validate(created))
            io.err << tr("to do: ") << d.toString() << Qt::endl;
        return writeOutput(parser.value(output), DefinitionFile::serialize(created), parser.isSet(force), io);
    }

    const Discovery::Plan plan = Discovery::plan(*current, metadata);
    if (plan.changes.isEmpty()) {
        io.out << tr("%1: already as the discovery document says; nothing changed.").arg(file) << Qt::endl;
        return ExitOk;
    }
    if (const Status written = DefinitionFile::write(file, plan.definition); !written) {
        io.err << file << QStringLiteral(": ") << written.error().toString() << Qt::endl;
        return ExitUsage;
    }
    for (const Discovery::Change &c : plan.changes)
        io.out << QStringLiteral("%1: %2 -> %3").arg(c.label, shown(c.before), shown(c.after)) << Qt::endl;
    io.out << (plan.changes.size() == 1 ? tr("%1: 1 field changed.").arg(file)
                                        : tr("%1: %2 fields changed.").arg(file).arg(plan.changes.size()))
           << Qt::endl;
    return ExitOk;
}

} // namespace cad::cli
