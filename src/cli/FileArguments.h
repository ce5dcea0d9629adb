#pragma once

#include <QString>
#include <QStringList>

namespace cad::cli {

/// The definition files named on a command line, for commands that take many (validate, and the
/// ones CI runs on a catalog): a file as it is; a folder as every *.connector.json below it; a
/// pattern (quoted, so the shell leaves it alone) with * and ? inside a name, [abc] sets and **
/// for any number of folders, such as "connectors/**/*.connector.json". Sorted, without
/// duplicates, in the order the arguments came.
struct FileArguments
{
    QStringList files;
    QStringList problems; ///< "no definition matches connectors/*.json", one per argument that gave none
};

[[nodiscard]] FileArguments expandFileArguments(const QStringList &arguments);

} // namespace cad::cli
