"""m7-iteration-cut-short: the claims of m7-wall-clock-precision-50 (gd-separable-max-margin) on a run cut at 512
iterations; the truth does not depend on the budget. See m7-wall-clock-precision-50.py for the derivation."""
import os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, "m7-wall-clock-precision-50.py"), "m7-iteration-cut-short"], check=True)
