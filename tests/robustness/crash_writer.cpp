// A child process for tst_crashsafewrites: writes two large definitions over each other, forever,
// the way the designer saves (DefinitionFile::write) or autosaves (AutosaveManager::saveNow), and
// prints "wrote 0" or "wrote 1" after each complete write. The test kills it with SIGKILL at random
// moments and checks what is left on disk.
//
//   cad_crash_writer definition PATH    save to PATH in a loop
//   cad_crash_writer autosave SOURCE    autosave in a loop (the recovery folder follows XDG_DATA_HOME)
#include "files/AutosaveManager.h"
#include "io/DefinitionFile.h"
#include "model/ConnectorDocument.h"

#include "LargeDefinitions.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectorAuthDesignerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_crashsafewrites"));
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const cad::ConnectorDefinition variants[2] = {cad::test::largeDefinition(0), cad::test::largeDefinition(1)};
    cad::ConnectorDocument document;
    cad::AutosaveManager autosave(&document);
    autosave.setSourcePath(args.at(2));
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (unsigned long n = 0;; ++n) {
        const cad::ConnectorDefinition &d = variants[n % 2];
        if (args.at(1) == QLatin1String("definition")) {
            if (!cad::DefinitionFile::write(args.at(2), d).ok())
                return 1;
        } else {
            document.setDefinition(d);
            document.setModified(true);
            if (!autosave.saveNow())
                return 1;
        }
        // Variant n % 2 is now on disk, complete: the test knows which one to expect at least.
        std::printf("wrote %lu\n", n % 2);
        std::fflush(stdout);
    }
}
