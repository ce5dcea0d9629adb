# The folders whose strings the designer shows, and so the German translation covers: the libraries
# and widgets it links and its main.cpp. The command-line tool (src/cli, app/cli) never loads a
# translation (CI logs and scripts see stable English text), so its strings are not translated.
# Used by app/CMakeLists.txt (update_translations) and tests/translations (translations_de_complete).
set(CAD_TRANSLATED_DIRS
    src/connection src/core src/exchange src/inspect src/io src/model src/oauth src/request src/sandbox src/secrets src/templates
    ui app/designer)
