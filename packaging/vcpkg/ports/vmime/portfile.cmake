# SPDX-License-Identifier: GPL-3.0-or-later
# vmime has no port in vcpkg's registry (kisli/vmime issue 263): this overlay
# builds the 0.9.2 release as a static library with ICU charsets, OpenSSL TLS
# and GNU SASL, and without its network services' sendmail/maildir parts that
# are POSIX-only. Not run here (packaging/README.md says what was verified).
# The 0.9.2 release as Debian ships it (the same tree as the v0.9.2 tag): the
# archive's SHA512 was computed from the downloaded file, whose MD5 matches
# Debian's signed libvmime_0.9.2-8.dsc (093b6e714f8f95f7dad586f0f64eec3b).
vcpkg_download_distfile(ARCHIVE
    URLS "https://deb.debian.org/debian/pool/main/libv/libvmime/libvmime_0.9.2.orig.tar.xz"
    FILENAME "libvmime_0.9.2.orig.tar.xz"
    SHA512 4557016a6a4efc561b5bd76661577be27dc58bcdf6487ed72159aa9e93c7a706069c6fbb832f0ba3a35f140b17d2e73112226938f320ed3fb09e09f18c7cd40d
)
vcpkg_extract_source_archive(SOURCE_PATH ARCHIVE "${ARCHIVE}")
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
