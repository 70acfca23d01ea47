# The Debian package (CPack DEB): `cpack -G DEB` in the build folder, or the package_deb test
# (tests/package/deb.sh), which builds, installs, runs and removes it. Included from the
# top-level CMakeLists.txt; the version is project()'s.

set(IW_MAINTAINER "Imagewright developers <dev@imagewright.invalid>")

# The release date as Debian's changelog writes it (RFC 2822), from IW_RELEASE_DATE.
string(REGEX MATCH "^([0-9]+)-([0-9]+)-([0-9]+)$" _iw_date "${IW_RELEASE_DATE}")
set(_iw_y ${CMAKE_MATCH_1})
math(EXPR _iw_m "${CMAKE_MATCH_2}") # no leading zero
math(EXPR _iw_d "${CMAKE_MATCH_3}")
set(_iw_zy ${_iw_y})
set(_iw_zm ${_iw_m})
if(_iw_m LESS 3) # Zeller's congruence counts January and February with the year before
    math(EXPR _iw_zm "${_iw_m} + 12")
    math(EXPR _iw_zy "${_iw_y} - 1")
endif()
math(EXPR _iw_wd "(${_iw_d} + (13 * (${_iw_zm} + 1)) / 5 + ${_iw_zy} + ${_iw_zy} / 4 - ${_iw_zy} / 100 + ${_iw_zy} / 400) % 7")
set(_iw_wdays Sat Sun Mon Tue Wed Thu Fri)
list(GET _iw_wdays ${_iw_wd} _iw_wdname)
set(_iw_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
math(EXPR _iw_mi "${_iw_m} - 1")
list(GET _iw_months ${_iw_mi} _iw_mname)
set(IW_RELEASE_DATE_RFC2822 "${_iw_wdname}, ${CMAKE_MATCH_3} ${_iw_mname} ${_iw_y} 00:00:00 +0000")

set(CPACK_PACKAGE_NAME imagewright)
set(CPACK_PACKAGE_VENDOR "The Imagewright developers")
set(CPACK_PACKAGE_CONTACT "${IW_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/imagewright/imagewright")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Imagewright)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON) # RelWithDebInfo builds: no debug symbols in the package
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # imagewright_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${IW_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dpkg-shlibdeps (dpkg-dev) finds the linked libraries
# What the app loads at run time and shlibdeps cannot see: QtKeychain dlopen()s libsecret; Qt Sql
# loads the job store's SQLite driver as a plugin (libqt6sql6-sqlite); the
# CJK font for Japanese and Chinese. The Qt plugins it needs come with libraries it links, which
# shlibdeps lists: the xcb platform plugin with libqt6gui6, the OpenSSL TLS plugin
# (libqopensslbackend) with libqt6network6.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, fonts-wqy-microhei")
# A Secret Service for the keychain, Qt's own translations (standard dialogs), Wayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n, qt6-wayland")
# The long description; CPack puts the summary line first and indents it as Debian wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Imagewright is a desktop tool for cloud operators who create private server
images on Huawei Cloud, Open Telekom Cloud, FUJITSU FJcloud-O and OpenStack:
a wizard for each way a cloud can make an image (IMS, Nova createImage,
Cinder upload to image, Glance create and upload) and a job monitor that
follows the cloud's asynchronous work to its end and survives a restart.

The imagewright submit command sends the wizard's request files without a
display. A local demo cloud is included to try it without an account.")

include(CPack)
