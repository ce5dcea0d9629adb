# Refuses an #include "<layer>/..." from a layer that cmake/Layers.cmake does not let use it.
#
#   include(CheckLayers.cmake) then cad_check_layers(ROOT)   at configure time
#   cmake -DROOT=<source tree> -P cmake/CheckLayers.cmake     (the test layers_are_respected)
#
# ROOT is a tree with src/<layer>/ and ui/<area>/. Every .h/.cpp of src/<layer> may include its
# own layer and those in CAD_LAYER_<layer>_USES; ui/ those in CAD_WIDGETS_USES and its own areas;
# src/ never includes a ui/ area. Each offending line is listed with its file and line number.
include(${CMAKE_CURRENT_LIST_DIR}/Layers.cmake)

# Appends to the list named by out the includes of folder that name a folder in forbidden.
function(_cad_forbidden_includes out folder what)
    set(found "")
    file(GLOB_RECURSE files LIST_DIRECTORIES false "${folder}/*.h" "${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[A-Za-z_]+/")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([A-Za-z_]+)/.*" "\\1" target "${line}")
            list(FIND ARGN "${target}" index)
            if(NOT index EQUAL -1)
                string(STRIP "${line}" line)
                list(APPEND found "  ${file}: ${line} (${what} may not use ${target})")
            endif()
        endforeach()
    endforeach()
    set(${out} ${${out}} ${found} PARENT_SCOPE)
endfunction()

function(cad_check_layers root)
    file(GLOB ui_areas LIST_DIRECTORIES true RELATIVE "${root}/ui" "${root}/ui/*")
    list(FILTER ui_areas EXCLUDE REGEX "\\.")
    set(problems "")
    # An include path names one folder: a ui area may not be called like a layer of src/.
    foreach(area IN LISTS ui_areas)
        list(FIND CAD_LAYERS "${area}" clash)
        if(NOT clash EQUAL -1)
            list(APPEND problems "ui/${area}: has the name of the layer src/${area}, so \"${area}/...\" would name two folders")
        endif()
    endforeach()
    foreach(layer IN LISTS CAD_LAYERS)
        set(allowed ${layer} ${CAD_LAYER_${layer}_USES})
        set(forbidden ${CAD_LAYERS} ${ui_areas})
        list(REMOVE_ITEM forbidden ${allowed})
        _cad_forbidden_includes(problems "${root}/src/${layer}" "src/${layer}" ${forbidden})
    endforeach()
    set(forbidden ${CAD_LAYERS})
    list(REMOVE_ITEM forbidden ${CAD_WIDGETS_USES})
    _cad_forbidden_includes(problems "${root}/ui" "ui (the widgets)" ${forbidden})
    if(problems)
        list(JOIN problems "\n" text)
        message(FATAL_ERROR "An #include crosses the layers of cmake/Layers.cmake:\n${text}\n"
            "Move the code to a layer that may use what it needs, or, if the architecture changed, "
            "say so in cmake/Layers.cmake.")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND ROOT)
    cad_check_layers("${ROOT}")
    message(STATUS "Every #include of ${ROOT} respects cmake/Layers.cmake.")
endif()
