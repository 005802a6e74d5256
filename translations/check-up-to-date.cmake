# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
# Fails when the sources hold a user-visible string that a committed
# catalogue lacks: extracts the strings afresh into a copy of the catalogue
# and looks for anything left unfinished.
# A copy of its own per catalogue: the languages are checked side by side.
get_filename_component(name ${CATALOGUE} NAME_WE)
set(check ${WORK}/check-${name}.ts)
file(COPY_FILE ${CATALOGUE} ${check})
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none -extensions cpp,h
        ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app -ts ${check}
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
# Any warning means a string lupdate filed in the wrong context (or not at
# all): it would stay untranslated however complete the catalogue looks.
if(NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "lupdate warned:\n${out}${err}")
endif()
file(READ ${check} content)
string(REGEX MATCHALL "type=\"unfinished\"" missing "${content}")
list(LENGTH missing count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} string(s) of the sources are not translated in ${CATALOGUE}; "
        "run the update_translations target and translate them")
endif()
