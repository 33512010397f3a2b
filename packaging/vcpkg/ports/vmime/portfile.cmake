# SPDX-License-Identifier: GPL-3.0-or-later
# vmime has no port in vcpkg's registry (kisli/vmime issue 263): this overlay
# builds the 0.9.2 release as a static library with ICU charsets, OpenSSL TLS
# and GNU SASL, and without its network services' sendmail/maildir parts that
# are POSIX-only. Not run here (packaging/README.md says what was verified).
vcpkg_from_github(
    OUT_SOURCE_PATH SOURCE_PATH
    REPO kisli/vmime
    REF v0.9.2
    # vcpkg prints the archive's real SHA512 at the first install; put it here.
    SHA512 0
    HEAD_REF master
)
vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DVMIME_BUILD_SHARED_LIBRARY=OFF
        -DVMIME_BUILD_STATIC_LIBRARY=ON
        -DVMIME_BUILD_SAMPLES=OFF
        -DVMIME_BUILD_TESTS=OFF
        -DVMIME_BUILD_DOCUMENTATION=OFF
        -DVMIME_CHARSETCONV_LIB=icu
        -DVMIME_TLS_SUPPORT_LIB=openssl
        -DVMIME_HAVE_SASL_SUPPORT=ON
        -DVMIME_HAVE_MESSAGING_PROTO_SENDMAIL=OFF
        -DVMIME_HAVE_MESSAGING_PROTO_MAILDIR=OFF
        -DVMIME_SHARED_PTR_USE_CXX=ON
)
vcpkg_cmake_install()
vcpkg_fixup_pkgconfig()
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug/include" "${CURRENT_PACKAGES_DIR}/debug/share")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/COPYING")
