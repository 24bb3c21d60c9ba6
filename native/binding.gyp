{
  "targets": [
    {
      "target_name": "zts_dlb",
      "sources": ["src/addon.cc", "src/core.cc", "src/acceptor.cc", "src/sockets.cc", "src/seqpacket.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "dependencies": ["<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"],
      "defines": ["NAPI_VERSION=8"],
      "cflags_cc": ["-std=c++17", "-O2", "-Wall"],
      "libraries": ["-lpthread"]
    }
  ]
}
