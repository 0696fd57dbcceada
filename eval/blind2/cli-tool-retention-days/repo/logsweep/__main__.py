from logsweep.cli import main

raise SystemExit(main())
