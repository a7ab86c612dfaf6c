package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionText(t *testing.T) {
	tests := []struct {
		name string
		info *debug.BuildInfo
		want []string
	}{
		{"installed from a tag", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/minhbach/minhbach", Version: "v1.2.0"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "891277f0c0ffee"}, {Key: "vcs.time", Value: "2026-06-30T08:00:00Z"}, {Key: "vcs.modified", Value: "false"}}},
			[]string{"minhbach (github.com/minhbach/minhbach)", "phiên bản:             v1.2.0", "commit):  891277f0c0ffee", "2026-06-30T08:00:00Z", "thay đổi chưa commit:  không", "go1.26.8"}},
		{"built from a checkout with changes", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/minhbach/minhbach", Version: "v0.0.0-20260630080000-891277f0c0ff+dirty"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "891277f0c0ffee"}, {Key: "vcs.modified", Value: "true"}}},
			[]string{"v0.0.0-20260630080000-891277f0c0ff+dirty", "thay đổi chưa commit:  có", "thời điểm commit:      chưa rõ"}},
		{"go run without VCS stamping", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/minhbach/minhbach", Version: "(devel)"}},
			[]string{"phiên bản:             chưa rõ (dựng từ mã nguồn", "bản sửa đổi (commit):  chưa rõ (tệp chạy không mang thông tin git", "-buildvcs=false"}},
		{"no build info", nil, []string{"chưa rõ phiên bản"}},
	}
	for _, tt := range tests {
		got := versionText(tt.info)
		for _, want := range tt.want {
			if !strings.Contains(got, want) {
				t.Errorf("%s: no %q in\n%s", tt.name, want, got)
			}
		}
	}
}

// TestVersionCommand reads the binary's own build info.
func TestVersionCommand(t *testing.T) {
	defer func(f func() (*debug.BuildInfo, bool)) { readBuildInfo = f }(readBuildInfo)
	readBuildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{Main: debug.Module{Path: "github.com/minhbach/minhbach", Version: "v9.9.9"}}, true
	}
	var stdout, stderr strings.Builder
	if err := run([]string{"version"}, &stdout, &stderr); err != nil || !strings.Contains(stdout.String(), "v9.9.9") {
		t.Errorf("version: %v\n%s", err, stdout.String())
	}
}
