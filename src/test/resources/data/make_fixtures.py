"""Writes the data-file fixtures of occam's tests (documentation only: the tests never run it).

Run from this directory with Python 3 and numpy:  python3 make_fixtures.py
The values are chosen so their binary values are known (0.5, -3, 0.001 is new BigFraction(0.001)).
"""
import numpy as np
from numpy.lib import format as npf

X = np.array([[0.5, -3.0, 0.001], [2.0, 1.25, -0.125]], dtype='<f8')  # 2 x 3

np.save('x-f8.npy', X)                                     # C order
np.save('x-f8-fortran.npy', np.asfortranarray(X))          # fortran_order: True
np.save('y-i8.npy', np.array([1, -2, 3], dtype='<i8'))
np.save('y-i4.npy', np.array([7, -8], dtype='<i4'))
np.save('y-f4.npy', np.array([0.5, -0.25], dtype='<f4'))
np.save('y-u1.npy', np.array([0, 255], dtype='|u1'))
with open('x-v2.npy', 'wb') as f:                          # format version 2.0 header
    npf.write_array(f, X, version=(2, 0))
np.save('x-big-endian.npy', X.astype('>f8'))
np.save('x-3d.npy', np.zeros((2, 2, 2)))
np.save('x-complex.npy', np.array([1 + 2j]))
np.save('x-nan.npy', np.array([1.0, np.nan, 2.0]))
np.save('x-inf.npy', np.array([[1.0, 2.0], [3.0, -np.inf]]))
np.save('x-scalar.npy', np.float64(2.0))                   # shape ()

np.savez('set.npz', X=X, y=np.array([1.0, 2.0]))
np.savez_compressed('set-compressed.npz', X=X, y=np.array([1.0, 2.0]))
np.savez('single.npz', only=np.array([4.0, 5.0, 6.0]))

with open('x.csv', 'w') as f:
    f.write('0.5, -3, 0.001\n2, 1.25, -1/8\n')
with open('y-column.csv', 'w') as f:
    f.write('1\n-2\n3\n')
with open('y-row.csv', 'w') as f:
    f.write('1,-2,3\n')
with open('header.csv', 'w') as f:
    f.write('a,b\n1,2\n')
with open('ragged.csv', 'w') as f:
    f.write('1,2\n3\n')

# the least-squares data of theorems/gd-least-squares-min-distance.yaml, for the loader test
np.savez('ls.npz', X=np.array([[2, -1, 0, 3], [1, 1, -2, 0]], dtype='<i8'))
np.save('ls-init.npy', np.array([1.0, 0.0, -1.0, 0.5]))
with open('ls-y.csv', 'w') as f:
    f.write('1, 1/3\n')
