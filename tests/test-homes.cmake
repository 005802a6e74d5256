# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
#
# cmake -DHOMES=<folder> -DNAMES=<a,b,...> -P test-homes.cmake
# Empties HOMES and makes an empty home for each test named, private to
# whoever runs the tests.
file(REMOVE_RECURSE "${HOMES}")
string(REPLACE "," ";" names "${NAMES}")
foreach(name IN LISTS names)
    file(MAKE_DIRECTORY "${HOMES}/${name}")
    file(CHMOD "${HOMES}/${name}" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endforeach()
