#!/usr/bin/env bash
# tests/package/metadata.sh SOURCE_DIR GENERATED_DIR IMAGEWRIGHT APP_ID VERSION (test
# package_metadata, label core): what a desktop installs besides the executables is valid and
# complete, without installing anything:
#  - the desktop entry passes desktop-file-validate, the AppStream metainfo
#    `appstreamcli validate --no-net` (it carries the version of project() as its release);
#  - every option that `imagewright --help`, `submit --help`, `jobs --help`, `watch --help`,
#    `images ACTION --help` and `obs ACTION --help` list is named in the man page and offered by
#    the bash completion, and the completion completes the subcommand, the option names and
#    their values;
#  - every hicolor PNG exists at its size.
set -euo pipefail
src=$1 generated=$2 app=$3 appid=$4 version=$5
source "$src/tests/package/prereq.sh"
iw_need_packages package_metadata desktop-file-utils appstream

failures=0
fail()
{
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

echo "== desktop-file-validate $appid.desktop"
if ! timeout 60 desktop-file-validate "$src/resources/$appid.desktop"; then
    fail "desktop-file-validate"
fi

metainfo="$generated/$appid.metainfo.xml"
echo "== appstreamcli validate --no-net $appid.metainfo.xml"
if ! timeout 60 appstreamcli validate --no-net --no-color "$metainfo"; then
    fail "appstreamcli validate"
fi
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"

# Options from the help texts (the programs' own lists), e.g. "  -h, --help" and "  --lang <language>".
options_of()
{
    timeout 30 "$app" "$@" --help 2>&1 | grep -oE '^ +(-[a-zA-Z?], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+' | sort -u
}
export QT_QPA_PLATFORM=offscreen
gui_options=$(options_of)
submit_options=$(options_of submit)
jobs_options=$(options_of jobs)
watch_options=$(options_of watch)
images_options=$(for action in list show set delete share unshare members accept reject; do options_of images "$action"; done | sort -u)
obs_options=$(for action in ls put uploads abort; do options_of obs "$action"; done | sort -u)
[[ -n $gui_options && -n $submit_options && -n $jobs_options && -n $watch_options && -n $images_options \
    && -n $obs_options ]] || fail "no options read from --help"
man="$generated/imagewright.1"
completion="$src/resources/imagewright.bash-completion"
for option in $gui_options $submit_options $jobs_options $watch_options $images_options $obs_options; do
    grep -qF -- "${option//-/\\-}" "$man" || fail "the man page does not name $option"
    grep -qF -- "$option" "$completion" || fail "the bash completion does not offer $option"
done
grep -q "Imagewright $version" "$man" || fail "the man page is not of version $version"
echo "options checked: $(echo $gui_options) / submit: $(echo $submit_options) / jobs: $(echo $jobs_options) / watch: $(echo $watch_options) / images: $(echo $images_options) / obs: $(echo $obs_options)"

# The completion itself, as bash calls it (without the bash-completion package's helpers).
complete_line()
{
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1));
             _imagewright; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
}
expect_completion()
{
    local want=$1
    shift
    # Captured first: with pipefail, `grep -q` quitting at its first match can end the printer
    # by SIGPIPE and fail the pipeline although the word was offered (seen under load).
    local offered
    offered=$(complete_line "$@")
    grep -qxF -- "$want" <<<"$offered" || fail "completing '$*' does not offer $want"
}
expect_completion submit imagewright su
expect_completion --lang imagewright --la
expect_completion zh_CN imagewright --lang z
expect_completion wizard imagewright --view w
expect_completion library imagewright --view l
expect_completion --family imagewright submit req.json --fam
expect_completion fjcloud imagewright submit req.json --family fj
expect_completion jobs imagewright jo
expect_completion needs-attention imagewright jobs --state ne
expect_completion watch imagewright wa
expect_completion --timeout imagewright watch 1234 --ti
expect_completion images imagewright im
expect_completion delete imagewright images de
expect_completion --page-size imagewright images list --pa
expect_completion --delete-backups imagewright images delete --del
expect_completion glance imagewright images set --api gl
expect_completion unshare imagewright images uns
expect_completion --project imagewright images share --pro
expect_completion obs imagewright ob
expect_completion uploads imagewright obs up
expect_completion --part-size imagewright obs put disk.raw bucket --part
expect_completion --json imagewright obs ls --js
if grep -qxF -- --json <<<"$(complete_line imagewright obs put disk.raw b --j)"; then
    fail "obs put's completion offers ls's --json"
fi
if grep -qxF -- --lang <<<"$(complete_line imagewright submit --w)"; then
    fail "submit's completion offers the GUI's --lang"
fi

for size in 16 24 32 48 64 128 256 512; do
    png="$src/resources/icons/hicolor/${size}x${size}/apps/$appid.png"
    # PNG signature, then the IHDR chunk's width and height (big-endian) at bytes 16-23.
    header=$(od -An -tx1 -j16 -N8 "$png" 2>/dev/null | tr -d ' \n')
    printf -v want '%08x%08x' "$size" "$size"
    [[ $header == "$want" ]] || fail "$png is not a ${size}x${size} PNG"
done

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "desktop entry, metainfo, man page, completion and icons: OK"
