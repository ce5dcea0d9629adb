cmake_policy(SET CMP0007 NEW)
# Fails when a user-visible string has no German translation.
#
# Runs lupdate over the current sources into a copy of the committed .ts, so a string added to the
# code but never translated fails the test as surely as an unfinished entry in the file itself.
#   cmake -DLUPDATE=... -DTS_FILE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
include("${SOURCE_DIR}/cmake/TranslatableSources.cmake")
set(dirs "")
foreach(dir IN LISTS CAD_TRANSLATED_DIRS)
    list(APPEND dirs "${SOURCE_DIR}/${dir}")
endforeach()
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -silent -I "${SOURCE_DIR}/src" -I "${SOURCE_DIR}/ui"
            ${dirs} -ts "${copy}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
if(count GREATER 0)
    set(list "")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${entry}")
        string(APPEND list "\n  ${text}")
    endforeach()
    message(FATAL_ERROR "${count} of ${total} strings have no German translation:${list}\n"
        "Translate them in ${TS_FILE} (cmake --build build --target update_translations refreshes it).")
endif()
message(STATUS "All ${total} strings are translated into German.")
