{
  "variables": {
    "zts_eventdev": "<!(sh -c 'if [ -z \"$ZTS_NO_EVENTDEV\" ] && pkg-config --exists libdpdk 2>/dev/null; then echo 1; else echo 0; fi')",
    "zts_sanitize": "<!(sh -c 'if [ -n \"$ZTS_SANITIZE\" ]; then echo 1; else echo 0; fi')"
  },
  "targets": [
    {
      "target_name": "zts_dlb",
      "sources": ["src/addon.cc", "src/core.cc", "src/policy/least.cc", "src/policy/dlb.cc", "src/policy/exact.cc", "src/policy/rr.cc", "src/acceptor.cc", "src/sockets.cc", "src/seqpacket.cc", "src/pump.cc", "src/hbone.cc", "src/hbone_h2.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "dependencies": ["<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"],
      "defines": ["NAPI_VERSION=8"],
      "cflags_cc": ["-std=c++17", "-O2", "-Wall"],
      "libraries": ["-lpthread"],
      "conditions": [
        ["zts_sanitize==1", {
          "cflags_cc": ["-fsanitize=address,undefined", "-fno-sanitize-recover=undefined", "-fno-omit-frame-pointer", "-g", "-O1"],
          "ldflags": ["-fsanitize=address,undefined"]
        }],
        ["zts_eventdev==1", {
          "sources": ["src/eventdev.cc"],
          "defines": ["ZTS_EVENTDEV", "ALLOW_EXPERIMENTAL_API"],
          "cflags_cc": ["<!@(pkg-config --cflags libdpdk)"],
          "libraries": ["<!@(pkg-config --libs libdpdk)", "-lrte_bus_vdev"]
        }]
      ]
    }
  ]
}
