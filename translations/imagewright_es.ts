<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the cloud. Check the address and your network.</source>
        <translation>No se pudo conectar con la nube. Compruebe la dirección y su red.</translation>
    </message>
    <message>
        <source>The connection was lost before the cloud answered. The request may or may not have been carried out.</source>
        <translation>Se perdió la conexión antes de que la nube respondiera. Es posible que la solicitud se haya ejecutado o no.</translation>
    </message>
    <message>
        <source>The cloud did not answer in time. The request may or may not have been carried out.</source>
        <translation>La nube no respondió a tiempo. Es posible que la solicitud se haya ejecutado o no.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>User, password or project not accepted.</source>
        <translation>No se aceptó el usuario, la contraseña o el proyecto.</translation>
    </message>
    <message>
        <source>The cloud redirected the request; redirects are not followed for API calls.</source>
        <translation>La nube redirigió la solicitud; en las llamadas a la API no se siguen redirecciones.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation>Error en la conexión segura: no se aceptó el certificado del servidor.</translation>
    </message>
    <message>
        <source>The cloud sent an answer that could not be understood.</source>
        <translation>La nube envió una respuesta que no se pudo interpretar.</translation>
    </message>
    <message>
        <source>The cloud profile is incomplete: %1</source>
        <translation>El perfil de nube está incompleto: %1</translation>
    </message>
    <message>
        <source>You do not have the rights to perform this operation (HTTP 403).</source>
        <translation>No tiene permisos para realizar esta operación (HTTP 403).</translation>
    </message>
    <message>
        <source>The requested resource was not found (HTTP 404).</source>
        <translation>No se encontró el recurso solicitado (HTTP 404).</translation>
    </message>
    <message>
        <source>The cloud refused the request because of a conflict (HTTP 409).</source>
        <translation>La nube rechazó la solicitud debido a un conflicto (HTTP 409).</translation>
    </message>
    <message>
        <source>The cloud is limiting requests (HTTP 429). Try again later.</source>
        <translation>La nube está limitando las solicitudes (HTTP 429). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The cloud reported an internal error (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>La nube notificó un error interno (HTTP %1).</translation>
    </message>
    <message>
        <source>The cloud refused the request (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>La nube rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s error code, %3 = the cloud&apos;s message</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s own message, verbatim</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Creates private server images on Huawei Cloud IMS and OpenStack and follows their jobs to the end.</source>
        <translation>Crea imágenes privadas de servidores en Huawei Cloud IMS y OpenStack y sigue sus trabajos hasta el final.</translation>
    </message>
    <message>
        <source>User interface language for this run: %1.</source>
        <extracomment>Command line help. %1 = the language codes</extracomment>
        <translation>Idioma de la interfaz para esta ejecución: %1.</translation>
    </message>
    <message>
        <source>language</source>
        <comment>command line value name</comment>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Render a view offscreen against the demo cloud, save it as a PNG file and exit.</source>
        <translation>Representa una vista fuera de pantalla con la nube de demostración, la guarda como archivo PNG y sale.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command line value name</comment>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The view to show: %1.</source>
        <extracomment>Command line help. %1 = the view names</extracomment>
        <translation>Vista que se mostrará: %1.</translation>
    </message>
    <message>
        <source>view</source>
        <comment>command line value name</comment>
        <translation>vista</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of language codes</extracomment>
        <translation>Idioma desconocido «%1». Disponibles: %2</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of views</extracomment>
        <translation>Vista desconocida «%1». Disponibles: %2</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot necesita un nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>Demo cloud (local)</source>
        <translation>Nube de demostración (local)</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>Huawei Cloud</translation>
    </message>
    <message>
        <source>Open Telekom Cloud</source>
        <translation>Open Telekom Cloud</translation>
    </message>
    <message>
        <source>FUJITSU FJcloud-O</source>
        <translation>FUJITSU FJcloud-O</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
</context>
<context>
    <name>CreateImageWizard</name>
    <message>
        <source>Create Image</source>
        <translation>Crear imagen</translation>
    </message>
</context>
<context>
    <name>CreationMethods</name>
    <message>
        <source>System disk image from an ECS</source>
        <translation>Imagen de disco del sistema de un ECS</translation>
    </message>
    <message>
        <source>Data disk images from an ECS&apos;s data disks</source>
        <translation>Imágenes de disco de datos de un ECS</translation>
    </message>
    <message>
        <source>Image from an external image file in an OBS bucket</source>
        <translation>Imagen a partir de un archivo de imagen externo en un bucket de OBS</translation>
    </message>
    <message>
        <source>System disk image from a data disk</source>
        <translation>Imagen de disco del sistema a partir de un disco de datos</translation>
    </message>
    <message>
        <source>Image of a server (Nova createImage)</source>
        <translation>Imagen de un servidor (Nova createImage)</translation>
    </message>
    <message>
        <source>Image from a volume (Cinder upload to image)</source>
        <translation>Imagen a partir de un volumen (Cinder: carga en una imagen)</translation>
    </message>
    <message>
        <source>Create image metadata and upload an image file (Glance)</source>
        <translation>Crear imagen en Glance (metadatos de la imagen y carga de un archivo de imagen)</translation>
    </message>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Stop the ECS first for a consistent image.</source>
        <translation>IMS crea una imagen privada del disco del sistema del ECS. Para obtener una imagen coherente, detenga antes el ECS.</translation>
    </message>
    <message>
        <source>IMS makes one data disk image from each selected data disk of an ECS.</source>
        <translation>IMS crea una imagen de disco de datos a partir de cada disco de datos seleccionado de un ECS.</translation>
    </message>
    <message>
        <source>IMS imports an external image file that you uploaded to an OBS bucket.</source>
        <translation>IMS importa un archivo de imagen externo que se ha cargado en un bucket de OBS.</translation>
    </message>
    <message>
        <source>IMS makes a system disk image from a data disk that holds an installed OS.</source>
        <translation>IMS crea una imagen de disco del sistema a partir de un disco de datos con un sistema operativo instalado.</translation>
    </message>
    <message>
        <source>The compute service snapshots a server into a new image.</source>
        <translation>El servicio de cómputo crea una nueva imagen a partir de una instantánea de un servidor.</translation>
    </message>
    <message>
        <source>The block storage service copies a volume into a new image.</source>
        <translation>El servicio de almacenamiento en bloque copia un volumen en una nueva imagen.</translation>
    </message>
    <message>
        <source>Creates the image metadata, then uploads a local image file.</source>
        <translation>Crea los metadatos de la imagen y, a continuación, carga un archivo de imagen local.</translation>
    </message>
</context>
<context>
    <name>DemoCloudLauncher</name>
    <message>
        <source>The demo cloud could not be started (%1).</source>
        <extracomment>%1 = path of the demo cloud program</extracomment>
        <translation>No se pudo iniciar la nube de demostración (%1).</translation>
    </message>
    <message>
        <source>The demo cloud did not start in time.</source>
        <translation>La nube de demostración no se inició a tiempo.</translation>
    </message>
    <message>
        <source>The demo cloud printed an unexpected first line.</source>
        <translation>La nube de demostración escribió una primera línea inesperada.</translation>
    </message>
    <message>
        <source>The demo cloud stopped unexpectedly.</source>
        <translation>La nube de demostración se detuvo inesperadamente.</translation>
    </message>
    <message>
        <source>The demo cloud could not start (exit code %1).</source>
        <extracomment>%1 = exit code</extracomment>
        <translation>La nube de demostración no pudo iniciarse (código de salida %1).</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Imagewright</source>
        <translation>Le damos la bienvenida a Imagewright</translation>
    </message>
    <message>
        <source>There is no cloud profile yet. The demo cloud runs on this computer and answers like Huawei Cloud IMS and OpenStack Nova, Cinder and Glance. It makes no real images and needs no account.</source>
        <translation>Todavía no hay ningún perfil de nube. La nube de demostración se ejecuta en este equipo y responde como Huawei Cloud IMS y OpenStack Nova, Cinder y Glance. No crea imágenes reales y no necesita ninguna cuenta.</translation>
    </message>
    <message>
        <source>Demo cloud (local)</source>
        <translation>Nube de demostración (local)</translation>
    </message>
    <message>
        <source>Start the bundled demo cloud and try every step with it.</source>
        <translation>Inicie la nube de demostración incluida y pruebe con ella cada paso.</translation>
    </message>
    <message>
        <source>Profiles for real clouds (Huawei Cloud, Open Telekom Cloud, FJcloud-O, OpenStack) come with the profile editor.</source>
        <translation>Los perfiles para nubes reales (Huawei Cloud, Open Telekom Cloud, FJcloud-O, OpenStack) llegarán con el editor de perfiles.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>ImageRules</name>
    <message>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>El nombre puede tener como máximo %1 caracteres (ahora tiene %2).</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>El nombre no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>The name can contain only letters (A–Z, a–z), digits, hyphens (-), periods (.), underscores (_) and spaces; &quot;%1&quot; is not allowed.</source>
        <extracomment>%1 = the character that is not allowed</extracomment>
        <translation>El nombre solo puede contener letras (A–Z, a–z), dígitos, guiones (-), puntos (.), guiones bajos (_) y espacios; no se permite «%1».</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>La descripción puede tener como máximo %1 caracteres (ahora tiene %2).</translation>
    </message>
    <message>
        <source>The description cannot contain line breaks.</source>
        <translation>La descripción no puede contener saltos de línea.</translation>
    </message>
    <message>
        <source>The description cannot contain angle brackets (&lt; &gt;).</source>
        <translation>La descripción no puede contener corchetes angulares (&lt; &gt;).</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>Introduzca una clave de etiqueta.</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>Una clave de etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A tag key cannot contain &quot;.&quot; or &quot;=&quot;.</source>
        <translation>Una clave de etiqueta no puede contener «.» ni «=».</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>Un valor de etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Memory sizes cannot be negative.</source>
        <translation>Los tamaños de memoria no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The maximum memory must be at least the minimum memory.</source>
        <translation>La memoria máxima debe ser igual o superior a la memoria mínima.</translation>
    </message>
    <message>
        <source>Each tag key can be used only once.</source>
        <translation>Cada clave de etiqueta solo se puede usar una vez.</translation>
    </message>
</context>
<context>
    <name>ImsEcsPage</name>
    <message>
        <source>System Disk Image from an ECS</source>
        <translation>Imagen de disco del sistema de un ECS</translation>
    </message>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Name and description follow the Image Management Service rules.</source>
        <translation>IMS crea una imagen privada del disco del sistema del ECS. El nombre y la descripción siguen las reglas de Image Management Service.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>image name</comment>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>1–128 letters, digits, spaces, - . _</source>
        <translation>1–128 letras, dígitos, espacios, - . _</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>M&amp;inimum memory (MB):</source>
        <translation>Memoria mín&amp;ima (MB):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory (MB):</source>
        <translation>Memoria má&amp;xima (MB):</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>memory limit left out of the request</comment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation>ID de proyecto de &amp;empresa:</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>group box title</comment>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>ECS</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>ECS</translation>
    </message>
</context>
<context>
    <name>ImsEcsRequest</name>
    <message>
        <source>Choose the ECS to make the image from.</source>
        <translation>Elija el ECS a partir del cual se creará la imagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>«%1» debe ser una cadena de texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>«%1» debe ser un número entero.</translation>
    </message>
    <message>
        <source>Use either tags or image_tags, not both.</source>
        <translation>Use tags o image_tags para las etiquetas, pero no ambos.</translation>
    </message>
    <message>
        <source>data_images belongs to the data disk image method, not to this one.</source>
        <translation>data_images pertenece al método de imagen de disco de datos, no a este.</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Select an image job to see its details.</source>
        <translation>Seleccione un trabajo de imagen para ver sus detalles.</translation>
    </message>
    <message>
        <source>Image name:</source>
        <translation>Nombre de imagen:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>Nube:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>job status</comment>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progreso:</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>ID del trabajo:</translation>
    </message>
    <message>
        <source>Marker tag:</source>
        <translation>Etiqueta de marcador:</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>Fecha de creación:</translation>
    </message>
    <message>
        <source>Finished at:</source>
        <translation>Fecha de finalización:</translation>
    </message>
    <message>
        <source>Image ID:</source>
        <translation>ID de la imagen:</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Código de error:</translation>
    </message>
    <message>
        <source>Failure reason:</source>
        <translation>Motivo del error:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>tab</comment>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>timeline column</comment>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>timeline column</comment>
        <translation>Evento</translation>
    </message>
    <message>
        <source>%1 (cloud: %2)</source>
        <extracomment>Job status in the details pane. %1 = our status, %2 = the cloud&apos;s raw status (RUNNING, FAIL, ...)</extracomment>
        <translation>%1 (nube: %2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress as a percentage. %1 = the number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (task: %2)</source>
        <extracomment>%1 = percentage text (may be empty), %2 = the cloud&apos;s current task name, verbatim</extracomment>
        <translation>%1 (tarea: %2)</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy an image ID to the clipboard</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the image ID to the clipboard</source>
        <translation>Copiar el ID de la imagen al portapapeles</translation>
    </message>
</context>
<context>
    <name>JobMonitor</name>
    <message>
        <source>The app stopped before the cloud answered the create request; it may or may not have been carried out.</source>
        <translation>La aplicación se cerró antes de que la nube respondiera a la solicitud de creación; es posible que se haya ejecutado o no.</translation>
    </message>
    <message>
        <source>Create request being sent</source>
        <translation>Enviando la solicitud de creación</translation>
    </message>
    <message>
        <source>the job history could not be saved (%1), so nothing was sent</source>
        <extracomment>%1 = file system error</extracomment>
        <translation>no se pudo guardar el historial de trabajos (%1), por lo que no se envió nada</translation>
    </message>
    <message>
        <source>Accepted by the cloud as job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>Aceptado por la nube como trabajo %1</translation>
    </message>
    <message>
        <source>the answer carried no job_id</source>
        <translation>la respuesta no incluía job_id</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>Resultado desconocido: %1</translation>
    </message>
    <message>
        <source>Following job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>Siguiendo el trabajo %1</translation>
    </message>
    <message>
        <source>Could not ask the cloud: %1</source>
        <translation>No se pudo consultar a la nube: %1</translation>
    </message>
    <message>
        <source>Stopped watching. The cloud cannot cancel this work and carries on with it.</source>
        <translation>Seguimiento detenido. La nube no puede cancelar esta operación y la sigue ejecutando.</translation>
    </message>
</context>
<context>
    <name>JobMonitorView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All jobs</source>
        <comment>job filter</comment>
        <translation>Todos los trabajos</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job filter</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>job filter</comment>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>job filter</comment>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>No image jobs yet.
Choose “Create image…” to make a private image; its job appears here and is followed until the cloud reports the end.</source>
        <translation>Todavía no hay trabajos de imagen.
Elija «Crear imagen…» para crear una imagen privada; su trabajo aparecerá aquí y se seguirá hasta que la nube notifique el final.</translation>
    </message>
    <message>
        <source>&amp;Copy Image ID</source>
        <translation>&amp;Copiar ID de la imagen</translation>
    </message>
    <message>
        <source>&amp;Retry Poll</source>
        <translation>&amp;Reintentar consulta</translation>
    </message>
    <message>
        <source>Ask the cloud about this job now</source>
        <translation>Consultar ahora a la nube sobre este trabajo</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>&amp;Dejar de seguir</translation>
    </message>
    <message>
        <source>Stop asking the cloud about this job. The cloud keeps working on it.</source>
        <translation>Dejar de consultar a la nube sobre este trabajo. La nube sigue procesándolo.</translation>
    </message>
    <message>
        <source>Remove from &amp;History</source>
        <translation>Quitar del &amp;historial</translation>
    </message>
    <message>
        <source>Stop watching “%1”?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>¿Dejar de seguir «%1»?</translation>
    </message>
    <message>
        <source>Imagewright will stop asking the cloud about this job. The cloud cannot cancel an image job and keeps working on it: the image may still appear in the cloud&apos;s image list.</source>
        <translation>Imagewright dejará de consultar a la nube sobre este trabajo. La nube no puede cancelar un trabajo de imagen y sigue procesándolo: es posible que la imagen aparezca igualmente en la lista de imágenes de la nube.</translation>
    </message>
    <message>
        <source>Remove “%1” from the history?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>¿Quitar «%1» del historial?</translation>
    </message>
    <message>
        <source>This job is still running on the cloud. Removing it only removes it from this list; the cloud keeps working on it.</source>
        <translation>Este trabajo aún está en curso en la nube. Quitarlo solo lo elimina de esta lista; la nube sigue procesándolo.</translation>
    </message>
    <message>
        <source>Filter by image name, image ID, cloud or status</source>
        <translation>Filtrar por nombre de imagen, ID de imagen, nube o estado</translation>
    </message>
    <message>
        <source>Failed or stopped</source>
        <comment>job filter: failed, or no longer watched</comment>
        <translation>Fallidos o detenidos</translation>
    </message>
</context>
<context>
    <name>JobRecord</name>
    <message>
        <source>Submitting</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Seguimiento detenido</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = the cloud&apos;s error code, %2 = the cloud&apos;s failure reason (verbatim)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>Seguimiento detenido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 = our state word, %2 = the cloud&apos;s raw status such as RUNNING</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>El llavero no respondió a tiempo.</translation>
    </message>
</context>
<context>
    <name>KeystoneSession</name>
    <message>
        <source>the identity service sent no token or no expiry time</source>
        <translation>el servicio de identidad no envió ningún token o ninguna hora de caducidad</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Imagewright</source>
        <translation>Imagewright</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <comment>menu</comment>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Create Image…</source>
        <translation>&amp;Crear imagen…</translation>
    </message>
    <message>
        <source>Create a private image (Ctrl+N)</source>
        <translation>Crear una imagen privada (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cloud (local)</source>
        <translation>Iniciar nube de &amp;demostración (local)</translation>
    </message>
    <message>
        <source>Cloud &amp;Profiles…</source>
        <translation>&amp;Perfiles de nube…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Imagewright</source>
        <translation>&amp;Acerca de Imagewright</translation>
    </message>
    <message>
        <source>No cloud profile</source>
        <translation>Sin perfil de nube</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <extracomment>Status bar. %1 = cloud profile name</extracomment>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <extracomment>Status bar. %1 = cloud profile name, %2 = region</extracomment>
        <translation>Perfil: %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Starting the demo cloud…</source>
        <translation>Iniciando la nube de demostración…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <source>Create image needs a cloud profile: start the demo cloud from the File menu.</source>
        <translation>«Crear imagen» necesita un perfil de nube: inicie la nube de demostración desde el menú Archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n image job(s) running</source>
        <extracomment>Status bar. %n = image jobs still running on the cloud</extracomment>
        <translation>
            <numerusform>%n trabajo de imagen en curso</numerusform>
            <numerusform>%n trabajos de imagen en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>About Imagewright</source>
        <translation>Acerca de Imagewright</translation>
    </message>
    <message>
        <source>Imagewright %1

Creates private server images on Huawei Cloud IMS and OpenStack (Nova, Cinder, Glance) and follows every image job until the cloud reports its end.</source>
        <extracomment>%1 = version number</extracomment>
        <translation>Imagewright %1

Crea imágenes privadas de servidores en Huawei Cloud IMS y OpenStack (Nova, Cinder, Glance) y sigue cada trabajo de imagen hasta que la nube notifica su final.</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>This version of Imagewright does not build it yet.</source>
        <translation>Esta versión de Imagewright todavía no admite este método.</translation>
    </message>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>No hay ningún perfil de nube seleccionado.</translation>
    </message>
    <message>
        <source>%1 clouds have no Image Management Service (IMS).</source>
        <extracomment>%1 = cloud family, e.g. &quot;FJcloud-O&quot; or &quot;OpenStack&quot;</extracomment>
        <translation>Las nubes %1 no tienen el servicio de imágenes IMS (Image Management Service).</translation>
    </message>
    <message>
        <source>The cloud&apos;s service catalog lists no “%1” service.</source>
        <extracomment>%1 = a service type of the Keystone catalog, e.g. &quot;image&quot; or &quot;volumev3&quot;</extracomment>
        <translation>El catálogo de servicios de la nube no incluye ningún servicio «%1».</translation>
    </message>
    <message>
        <source>Create Image</source>
        <translation>Crear imagen</translation>
    </message>
    <message>
        <source>Choose how the private image is made.</source>
        <translation>Elija cómo se crea la imagen privada.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <extracomment>Shown under a creation method that cannot be chosen. %1 = the reason(s)</extracomment>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>Checking which services the cloud offers…</source>
        <translation>Comprobando qué servicios ofrece la nube…</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Cloud Profiles</source>
        <translation>Perfiles de nube</translation>
    </message>
    <message>
        <source>The cloud profiles saved on this computer. Passwords are kept in the system keychain, never here.</source>
        <translation>Los perfiles de nube guardados en este equipo. Las contraseñas se guardan en el llavero del sistema, nunca aquí.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>profile name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Cloud</source>
        <comment>profile list column</comment>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>profile list column</comment>
        <translation>Región</translation>
    </message>
    <message>
        <source>Project</source>
        <comment>profile list column</comment>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>User</source>
        <comment>profile list column</comment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Identity URL</source>
        <translation>URL de identidad</translation>
    </message>
    <message>
        <source>The profile in use</source>
        <translation>Perfil en uso</translation>
    </message>
</context>
<context>
    <name>RestJob</name>
    <message>
        <source>the service catalog has no &quot;%1&quot; endpoint for this region</source>
        <extracomment>%1 = a service type such as &quot;compute&quot; or &quot;image&quot;</extracomment>
        <translation>el catálogo de servicios no tiene ningún punto de conexión «%1» para esta región</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>dirección no válida «%1»</translation>
    </message>
    <message>
        <source>%1 is not an address of the cloud&apos;s service catalog</source>
        <extracomment>%1 = a URL</extracomment>
        <translation>%1 no es una dirección del catálogo de servicios de la nube</translation>
    </message>
    <message>
        <source>no complete answer in time</source>
        <translation>no se recibió una respuesta completa a tiempo</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Request ID: %1</source>
        <extracomment>%1 = the request ID the cloud returned, for a support ticket</extracomment>
        <translation>ID de la solicitud: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>wizard page title</comment>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>This is the request Create sends, exactly. The cloud then works on the image as an asynchronous job, which the monitor follows.</source>
        <translation>Esta es exactamente la solicitud que envía «Crear». Después, la nube procesa la imagen como un trabajo asincrónico, cuyo seguimiento realiza el monitor de trabajos.</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>create the image</comment>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Solicitud:</translation>
    </message>
    <message>
        <source>Sending the request to the cloud…</source>
        <translation>Enviando la solicitud a la nube…</translation>
    </message>
    <message>
        <source>Imagewright adds the tag %1 so that it can find this job again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the marker tag, e.g. imagewright_op=1b2c...</extracomment>
        <translation>Imagewright añade la etiqueta %1 para poder volver a encontrar este trabajo si la respuesta de la nube se pierde por el camino.</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message numerus="yes">
        <source>The demo cloud&apos;s data did not all arrive within %n second(s); the screenshot shows what had arrived.</source>
        <extracomment>--screenshot mode, on stderr. %n = seconds waited</extracomment>
        <translation>
            <numerusform>No todos los datos de la nube de demostración llegaron en %n segundo; la captura de pantalla muestra lo que había llegado.</numerusform>
            <numerusform>No todos los datos de la nube de demostración llegaron en %n segundos; la captura de pantalla muestra lo que había llegado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <extracomment>%1 = the system&apos;s error text</extracomment>
        <translation>No se pudo crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>The wizard could not be opened: there is no cloud profile.</source>
        <translation>No se pudo abrir el asistente: no hay ningún perfil de nube.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>No se pudo guardar la captura de pantalla en %1.</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>No hay ningún perfil de nube seleccionado.</translation>
    </message>
    <message>
        <source>The cloud&apos;s server list could not be read (%1).</source>
        <extracomment>%1 = technical detail of what was wrong in the answer</extracomment>
        <translation>No se pudo leer la lista de servidores de la nube (%1).</translation>
    </message>
    <message>
        <source>Running: stop it for a consistent image</source>
        <translation>En ejecución: deténgalo para obtener una imagen coherente</translation>
    </message>
    <message>
        <source>IMS makes images only of a stopped or running ECS; this one is %1.</source>
        <extracomment>%1 = the server&apos;s status as the cloud reports it (ERROR, BUILD, ...)</extracomment>
        <translation>IMS solo crea imágenes de un ECS detenido o en ejecución; el estado de este es %1.</translation>
    </message>
    <message>
        <source>A task is in progress on this ECS (%1); IMS refuses it until the task ends.</source>
        <extracomment>%1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)</extracomment>
        <translation>Hay una tarea en curso en este ECS (%1); IMS no lo aceptará hasta que termine la tarea.</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name, status or ID</source>
        <translation>Nombre, estado o ID</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>server name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>server status column</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>server ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>why a server can&apos;t be used</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Loading the ECS list from the cloud…</source>
        <translation>Cargando la lista de ECS desde la nube…</translation>
    </message>
    <message>
        <source>The ECS list could not be loaded.</source>
        <translation>No se pudo cargar la lista de ECS.</translation>
    </message>
    <message numerus="yes">
        <source>%n ECS(s) listed, %1 usable for an image.</source>
        <extracomment>%n = ECSs listed; %1 = how many of them IMS can use</extracomment>
        <translation>
            <numerusform>%n ECS en la lista; utilizables para una imagen: %1.</numerusform>
            <numerusform>%n ECS en la lista; utilizables para una imagen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is running. IMS accepts a running ECS, but stop it first for a consistent image: files being written while the image is made may be captured half-way.</source>
        <extracomment>%1 = server name</extracomment>
        <translation>«%1» está en ejecución. IMS acepta un ECS en ejecución, pero deténgalo antes para obtener una imagen coherente: los archivos que se estén escribiendo mientras se crea la imagen pueden quedar capturados a medias.</translation>
    </message>
</context>
<context>
    <name>SubmittedPage</name>
    <message>
        <source>Image Job Sent</source>
        <translation>Trabajo de imagen enviado</translation>
    </message>
    <message>
        <source>The job monitor follows the job until the image is ready or the cloud reports a failure. You can close this wizard; closing the app does not stop the job on the cloud.</source>
        <translation>El monitor de trabajos sigue el trabajo hasta que la imagen esté lista o la nube notifique un error. Puede cerrar este asistente; cerrar la aplicación no detiene el trabajo en la nube.</translation>
    </message>
    <message>
        <source>The cloud&apos;s answer to the create of “%1” was lost on the way. Imagewright looks for the job by its marker tag; the monitor shows what it finds.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>La respuesta de la nube a la creación de «%1» se perdió por el camino. Imagewright busca el trabajo por su etiqueta de marcador; el monitor muestra lo que encuentre.</translation>
    </message>
    <message>
        <source>The cloud accepted the request for “%1”.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>La nube aceptó la solicitud para «%1».</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>ID del trabajo: %1</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Key</source>
        <comment>tag key</comment>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>tag value</comment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>Añadir e&amp;tiqueta</translation>
    </message>
    <message>
        <source>Re&amp;move Tag</source>
        <translation>&amp;Quitar etiqueta</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Enviar como:</translation>
    </message>
    <message>
        <source>image_tags (key/value objects)</source>
        <translation>image_tags (objetos clave/valor)</translation>
    </message>
    <message>
        <source>tags (&quot;key.value&quot; strings)</source>
        <translation>tags (etiquetas &quot;key.value&quot;)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Tag validation. %1 = row number in the tag table, %2 = the message for that row</extracomment>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>No tags are set.</source>
        <translation>No hay etiquetas definidas.</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <extracomment>Preview of the tags in the request. %1 = field name and JSON, e.g. &quot;tags&quot;: [&quot;a.b&quot;]</extracomment>
        <translation>Se envía como: %1</translation>
    </message>
</context>
</TS>
