"""The Python target, one module per kind of output:

- `symbols`: the symbol provider, every name the SDK declares (reserved words and member tables here);
- `types`: IR types as annotations; `literals`: values as Python source, and the escaping filters;
- `models`, `unions`: what models.py declares; `operations`: the descriptor and resource methods;
- `security`: the schemes; `readme`: API-specific README text; `imports`: each module's imports;
- `view`: the template context; `target`: the files and templates.
"""

from .literals import py_comment, py_doc, py_docstring, py_literal, py_string
from .target import PythonTarget

__all__ = ["PythonTarget", "py_comment", "py_doc", "py_docstring", "py_literal", "py_string"]
