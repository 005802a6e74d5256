# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the sources hold a user-visible string that a committed
# catalogue lacks: extracts the strings afresh into a copy of the catalogue
# and looks for anything left unfinished.
file(COPY_FILE ${CATALOGUE} ${WORK}/check.ts)
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none -extensions cpp,h
        ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app -ts ${WORK}/check.ts
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
file(READ ${WORK}/check.ts content)
string(REGEX MATCHALL "type=\"unfinished\"" missing "${content}")
list(LENGTH missing count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} string(s) of the sources are not translated in ${CATALOGUE}; "
        "run the update_translations target and translate them")
endif()
