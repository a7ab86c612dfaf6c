package main

import (
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

var versionCommand = command{
	name:     "version",
	synopsis: "",
	summary:  "in phiên bản và bản sửa đổi (commit) của chương trình",
	about: `In phiên bản mô-đun và bản sửa đổi git mà chương trình được dựng từ đó, lấy
từ thông tin Go ghi vào tệp chạy. Mục nào không có thì ghi rõ là chưa rõ.`,
	setup: func(fl *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		return func(args []string, stdout, stderr io.Writer) error {
			info, ok := readBuildInfo()
			if !ok {
				info = nil
			}
			fmt.Fprint(stdout, versionText(info))
			return nil
		}
	},
}

// readBuildInfo is debug.ReadBuildInfo; tests replace it.
var readBuildInfo = debug.ReadBuildInfo

// noVCS says why a binary may lack its revision: Go records it only when
// it builds inside a git checkout whose .git is a folder (not a worktree's
// .git file) with git at hand, and not with -buildvcs=false.
const noVCS = "chưa rõ (tệp chạy không mang thông tin git: dựng ngoài bản sao git hay trong một git worktree, thiếu lệnh git, hoặc với -buildvcs=false)"

// versionText words what the build info says of the module and its
// revision, one line each, and says which are unknown.
func versionText(info *debug.BuildInfo) string {
	if info == nil {
		return "minhbach: chưa rõ phiên bản (tệp chạy không mang thông tin dựng của Go)\n"
	}
	path := info.Main.Path
	if path == "" {
		path = "chưa rõ mô-đun"
	}
	version := info.Main.Version
	switch version {
	case "", "(devel)":
		version = "chưa rõ (dựng từ mã nguồn, không từ một phiên bản có gắn thẻ)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	explained := false
	get := func(key string) string {
		if v, ok := settings[key]; ok && v != "" {
			return v
		}
		if explained {
			return "chưa rõ"
		}
		explained = true
		return noVCS
	}
	revision, when := get("vcs.revision"), get("vcs.time")
	modified := get("vcs.modified")
	switch modified {
	case "true":
		modified = "có (dựng từ mã có thay đổi chưa commit)"
	case "false":
		modified = "không"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "minhbach (%s)\n", path)
	fmt.Fprintf(&b, "  phiên bản:             %s\n", version)
	fmt.Fprintf(&b, "  bản sửa đổi (commit):  %s\n", revision)
	fmt.Fprintf(&b, "  thời điểm commit:      %s\n", when)
	fmt.Fprintf(&b, "  thay đổi chưa commit:  %s\n", modified)
	goVersion := info.GoVersion
	if goVersion == "" {
		goVersion = "chưa rõ"
	}
	fmt.Fprintf(&b, "  Go:                    %s\n", goVersion)
	return b.String()
}
